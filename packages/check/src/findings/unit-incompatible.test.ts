import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/load-fixture';

describe('unit-incompatible', () => {
  it('flags two estimates of one metric key in units that measure different things', () => {
    const found = findingsOf('unit-incompatible', 'unit-incompatible/triggers.json');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', refs: ['revenue', 'revenue-miskeyed'] });
    expect(found[0]?.message).toContain('share the metric key “scam-revenue”');
    expect(found[0]?.message).toContain('(USD/year and people)');
    expect(found[0]?.message).toContain(
      '“Scam workers in Cambodia” for Cambodia (100,000–150,000 people)',
    );
  });

  it('stays silent for units of one dimension (a year and a month)', () => {
    expect(findingsOf('unit-incompatible', 'unit-incompatible/passes.json')).toEqual([]);
  });
});
