import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/load-fixture';

describe('part-exceeds-whole', () => {
  it('flags a country whose figure is certainly above its region’s, naming both in words', () => {
    const found = findingsOf('part-exceeds-whole', 'part-exceeds-whole/triggers.json');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', refs: ['kh-revenue', 'sea-revenue'] });
    const message = found[0]?.message ?? '';
    expect(message).toContain('“Scam revenue in Cambodia” for Cambodia ($80–90 billion a year)');
    expect(message).toContain('“Scam revenue in Southeast Asia” for Southeast Asia');
    expect(message).toContain('stated in “Regional study”');
    expect(message).toContain('Cambodia lies within Southeast Asia');
  });

  it('stays silent for parts that fit, parts that only may exceed, and per-head figures', () => {
    expect(findingsOf('part-exceeds-whole', 'part-exceeds-whole/passes.json')).toEqual([]);
  });
});
