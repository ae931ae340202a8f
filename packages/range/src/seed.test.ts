/**
 * The figures of the worked case (a news article on a report about scam revenue in
 * Cambodia): "Formal estimates range from $12.5 to $19 billion per year, equivalent to as
 * much as 60% of GDP", "the cybercriminal labour force easily exceeds 350,000 people", and
 * regional revenue "between $50 and 75 billion" a year. Expected values are worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { convert } from './ops/convert';
import { div } from './ops/div';
import { point, range } from './range';

const revenue = range(12.5e9, 19e9, 'USD/year', { sigFigs: 2 }); // 12.5 has 3, 19 has 2
const shareOfGdp = range(-Infinity, 60, '%', { qualifier: 'at-most', sigFigs: 2 });
const regional = range(50e9, 75e9, 'USD/year', { sigFigs: 2 });
const labour = range(350000, Infinity, 'people', {
  lowInclusive: false,
  qualifier: 'more-than',
  sigFigs: 2,
});

describe('the seed article', () => {
  it('implies a GDP of about $20.8–31.7 billion a year if the revenue is 60% of it', () => {
    const gdp = div(revenue, point(60, '%', { sigFigs: 2 }));
    expect(String(gdp.unit)).toBe('USD/year');
    // 12.5e9 / 0.6 = 20,833,333,333.3...; 19e9 / 0.6 = 31,666,666,666.6...
    expect(gdp.low).toBeCloseTo(20_833_333_333.33, 1);
    expect(gdp.high).toBeCloseTo(31_666_666_666.67, 1);
    expect(gdp.low).toBeLessThanOrEqual(12.5e9 / 0.6);
    expect(gdp.high).toBeGreaterThanOrEqual(19e9 / 0.6);
    expect(gdp.sigFigs).toBe(2);
  });

  it('gives only an upper bound when "as much as 60%" has no lower bound', () => {
    // revenue / share: the share may be arbitrarily close to 0 (exclusive, since a share
    // containing 0 is refused) and at most 60%, so GDP is at least $12.5B / 0.6 and unbounded.
    const share = range(0, 60, '%', { lowInclusive: false, qualifier: 'at-most', sigFigs: 2 });
    const gdp = div(revenue, share);
    expect(gdp.low).toBeCloseTo(20_833_333_333.33, 1);
    expect([gdp.high, gdp.highInclusive, gdp.qualifier]).toEqual([Infinity, false, 'at-least']);
    expect(() => div(revenue, shareOfGdp)).toThrow(/contains 0/);
  });

  it("puts Cambodia's revenue at 16.7%–38% of the region's", () => {
    const ratio = div(range(12.5e9, 19e9, 'USD'), range(50e9, 75e9, 'USD'));
    expect(String(ratio.unit)).toBe('1');
    // 12.5 / 75 = 0.1666...; 19 / 50 = 0.38
    expect(ratio.low).toBeCloseTo(0.16667, 5);
    expect(ratio.high).toBeCloseTo(0.38, 12);
    const percent = convert(ratio, '%');
    expect(percent.low).toBeCloseTo(16.667, 3);
    expect(percent.high).toBeCloseTo(38, 10);
  });

  it('bounds revenue per worker at (0, ~214,286) USD per person a year, exclusive above', () => {
    const perWorker = div(regional, labour);
    expect(String(perWorker.unit)).toBe('USD/person/year');
    // 75e9 / 350000 = 214,285.714...: the labour force is strictly more than 350,000, so
    // the bound itself is never reached; and the only lower bound proven is 0, not reached.
    expect(perWorker.low).toBe(0);
    expect(perWorker.lowInclusive).toBe(false);
    expect(perWorker.high).toBeCloseTo(214_285.714, 3);
    expect(perWorker.high).toBeGreaterThanOrEqual(75e9 / 350000);
    expect(perWorker.highInclusive).toBe(false);
    expect(perWorker.sigFigs).toBe(2);
  });
});
