import { parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../findings/check-dossier';
import { findingsOf, loadFixture } from '../testing/load-fixture';

describe('estimates-disagree', () => {
  it('flags two estimates of one metric, place and period that do not overlap, higher first', () => {
    const found = findingsOf('estimates-disagree', 'estimates-disagree/triggers.json');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', refs: ['revenue-a', 'revenue-b'] });
    expect(found[0]?.message).toMatch(
      /^“Scam revenue in Cambodia” for Cambodia, 2024 \(\$12\.5–19 billion a year\), stated in “Report A” is certainly greater than “Scam revenue in Cambodia” for Cambodia, 2024 \(\$2–3 billion a year\), stated in “Report B”/,
    );
  });

  it('stays silent for overlapping estimates and for estimates of different years', () => {
    expect(findingsOf('estimates-disagree', 'estimates-disagree/passes.json')).toEqual([]);
  });

  it('says a stated interval disagrees at its level, not certainly', () => {
    const dossier = structuredClone(loadFixture('estimates-disagree/triggers.json'));
    const [report] = dossier.reports ?? [];
    const [estimate] = report?.estimates ?? [];
    if (estimate === undefined) throw new Error('the fixture has no estimate');
    Object.assign(estimate.range, { meaning: { kind: 'interval', level: 0.95 } });
    const found = checkDossier(parseDossier(dossier)).filter(
      (f) => f.code === 'estimates-disagree',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('is greater, at the 95% level its interval states, than');
    expect(found[0]?.message).not.toContain('certainly');
  });
});
