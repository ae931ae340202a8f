import { range } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/load-fixture';

const fixture = 'currency-without-rate/triggers.json';

describe('currency-without-rate', () => {
  it('flags dollars and riel side by side with no rate, and says which rate would do', () => {
    const found = findingsOf('currency-without-rate', fixture);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', refs: ['revenue-usd', 'revenue-khr'] });
    expect(found[0]?.message).toContain('(KHR\u00a050–80 trillion a year)');
    expect(found[0]?.message).toContain('Pass a rate in USD/KHR');
  });

  it('stays silent for one currency', () => {
    expect(findingsOf('currency-without-rate', 'currency-without-rate/passes.json')).toEqual([]);
  });

  it('compares through a rate given in either direction', () => {
    const rate = range(4000, 4100, 'KHR/USD');
    expect(findingsOf('currency-without-rate', fixture, { rates: [rate] })).toEqual([]);
    // 50–80 trillion riel at 4,000–4,100 riel a dollar is 12.2–20 billion dollars, which
    // overlaps 12.5–19 billion: no disagreement once converted.
    expect(findingsOf('estimates-disagree', fixture, { rates: [rate] })).toEqual([]);
    const inverse = range(1 / 4100, 1 / 4000, 'USD/KHR');
    expect(findingsOf('currency-without-rate', fixture, { rates: [inverse] })).toEqual([]);
  });

  it('still flags when the rate given converts other currencies', () => {
    const euro = range(0.9, 0.95, 'EUR/USD');
    expect(findingsOf('currency-without-rate', fixture, { rates: [euro] })).toHaveLength(1);
  });
});
