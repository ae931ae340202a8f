import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/load-fixture';

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
});
