import { point, type Range, range } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { honestReading } from './honest-reading';

const bounds = (r: Range) => [r.low, r.high, r.lowInclusive, r.highInclusive];

describe('honestReading', () => {
  it('reads "about 3,000" at two figures as 2,950–3,050', () => {
    const about = point(3000, 'deaths', { qualifier: 'approx', sigFigs: 2 });
    expect(bounds(honestReading(about))).toEqual([2950, 3050, true, true]);
  });

  it('widens each bound at its own written digits, never fewer than the range’s figures', () => {
    // 12.5 has three digits: ±0.05 billion; 19 has two: ±0.5 billion.
    const revenue = honestReading(range(12.5e9, 19e9, 'USD/year', { sigFigs: 2 }));
    expect(revenue.low).toBeCloseTo(12.45e9, 0);
    expect(revenue.high).toBeCloseTo(19.5e9, 0);
    // 1,200 is written with two digits, more than the range's one: ±50, not ±500.
    expect(bounds(honestReading(range(1200, 1200, 'people', { sigFigs: 1 })))).toEqual([
      1150,
      1250,
      true,
      true,
    ]);
    // 10 at one figure is anything that rounds to it: 5 to 15.
    expect(bounds(honestReading(range(0, 10, '%', { sigFigs: 1 })))).toEqual([0, 15, true, true]);
  });

  it('reads an approximate figure without figures at the digits it is written with', () => {
    // 0.0025 has two digits (2 and 5): ±0.00005.
    const small = honestReading(point(0.0025, '1', { qualifier: 'approx' }));
    expect(small.low).toBeCloseTo(0.00245, 12);
    expect(small.high).toBeCloseTo(0.00255, 12);
    expect(small.sigFigs).toBeUndefined();
    // 105 has three, its inner 0 among them: ±0.5.
    expect(bounds(honestReading(point(105, 'deaths', { qualifier: 'approx' })))).toEqual([
      104.5,
      105.5,
      true,
      true,
    ]);
    // 3,000 has one: ±500.
    expect(bounds(honestReading(point(3000, 'deaths', { qualifier: 'approx' })))).toEqual([
      2500,
      3500,
      true,
      true,
    ]);
  });

  it('widens negative figures away from each other', () => {
    expect(bounds(honestReading(range(-20, -10, 'USD', { sigFigs: 2 })))).toEqual([
      -20.5,
      -9.5,
      true,
      true,
    ]);
  });

  it('keeps an open bound open, and the qualifier, meaning and figures of the range', () => {
    const atLeast = honestReading(
      range(100, Infinity, 'people', { sigFigs: 2, lowInclusive: false, qualifier: 'more-than' }),
    );
    expect(bounds(atLeast)).toEqual([95, Infinity, true, false]);
    expect(atLeast.qualifier).toBe('more-than');
    expect(atLeast.sigFigs).toBe(2);
    const interval = honestReading(
      range(2658, 3290, 'deaths', { sigFigs: 4, meaning: { kind: 'interval', level: 0.95 } }),
    );
    expect(bounds(interval)).toEqual([2657.5, 3290.5, true, true]);
    expect(interval.meaning).toEqual({ kind: 'interval', level: 0.95 });
  });

  it('keeps an exact range, and a vague one, as they are', () => {
    const exact = range(2975, 2975, 'deaths');
    expect(honestReading(exact)).toBe(exact);
    const vague = range(10_000, 99_999, 'people', { qualifier: 'vague', sigFigs: 1 });
    expect(honestReading(vague)).toBe(vague);
  });
});
