import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/load-fixture';

describe('period-mismatch', () => {
  it('flags a 2021 revenue taken as a share of 2024 GDP, once for all figures from it', () => {
    const found = findingsOf('period-mismatch', 'period-mismatch/triggers.json');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      refs: ['revenue', 'share'],
      figureId: 'implied-base:share',
    });
    expect(found[0]?.message).toContain('“Scam revenue in Cambodia” for Cambodia, 2021');
    expect(found[0]?.message).toContain('(GDP of Cambodia) for Cambodia, 2024');
  });

  it('stays silent for the same period and for a period that is not stated', () => {
    expect(findingsOf('period-mismatch', 'period-mismatch/passes.json')).toEqual([]);
  });
});
