/**
 * Quotients, products and conversions at the edges the properties rarely draw: 0 and
 * infinite bounds, signs on each side of an excluded 0, and bounds that overflow.
 */
import { describe, expect, it } from 'vitest';
import { point, range } from '../range';
import { convert } from './convert';
import { div } from './div';
import { mul } from './mul';

const bounds = (r: {
  low: number;
  high: number;
  lowInclusive: boolean;
  highInclusive: boolean;
}) => [r.low, r.high, r.lowInclusive, r.highInclusive];

describe('division at 0 and infinity', () => {
  const toFive = range(0, 5, '1', { lowInclusive: false });

  it('keeps a 0 dividend at 0, even over a divisor reaching towards 0', () => {
    expect(bounds(div(range(0, 1, 'USD'), toFive))).toEqual([0, Infinity, true, false]);
    expect(bounds(div(range(-1, 0, 'USD'), toFive))).toEqual([-Infinity, 0, false, true]);
  });

  it('sends a negative dividend over a divisor near 0 towards minus infinity', () => {
    // -1/5 is not a double: the sound upper bound is the double just above -0.2.
    expect(bounds(div(range(-2, -1, 'USD'), toFive))).toEqual([
      -Infinity,
      -0.19999999999999998,
      false,
      true,
    ]);
    expect(bounds(div(range(-2, 3, 'USD'), toFive))).toEqual([-Infinity, Infinity, false, false]);
  });

  it('divides open dividends, and divides by open divisors towards 0', () => {
    expect(bounds(div(range(1, Infinity, 'USD'), range(2, 4, '1')))).toEqual([
      0.25,
      Infinity,
      true,
      false,
    ]);
    expect(bounds(div(range(-Infinity, -1, 'USD'), range(2, 4, '1')))).toEqual([
      -Infinity,
      -0.25,
      false,
      true,
    ]);
    expect(bounds(div(range(2, 4, 'USD'), range(1, Infinity, '1')))).toEqual([0, 4, false, true]);
    expect(bounds(div(range(-4, -2, 'USD'), range(1, Infinity, '1')))).toEqual([
      -4,
      0,
      true,
      false,
    ]);
  });

  it('includes a bound only when the corner that makes it is included', () => {
    const open = range(2, 4, '1', { lowInclusive: false, highInclusive: false });
    expect(bounds(div(range(1, 2, 'USD'), open))).toEqual([0.25, 1, false, false]);
    expect(bounds(div(range(0, 2, 'USD'), open))).toEqual([0, 1, true, false]);
    expect(bounds(div(point(1, 'USD'), range(2, 4, '1', { highInclusive: false })))).toEqual([
      0.25,
      0.5,
      false,
      true,
    ]);
  });
});

describe('products at 0, infinity and overflow', () => {
  it('multiplies open bounds by signed factors', () => {
    expect(bounds(mul(range(1, Infinity, 'USD'), range(-3, -2, '1')))).toEqual([
      -Infinity,
      -2,
      false,
      true,
    ]);
    expect(bounds(mul(range(-Infinity, -1, 'USD'), range(-3, -2, '1')))).toEqual([
      2,
      Infinity,
      true,
      false,
    ]);
    expect(bounds(mul(range(-Infinity, 1, 'USD'), range(2, 3, '1')))).toEqual([
      -Infinity,
      3,
      false,
      true,
    ]);
  });

  it('gives 0 times an open bound as 0, included when the 0 is', () => {
    expect(bounds(mul(range(0, Infinity, 'USD'), range(0, 2, '1')))).toEqual([
      0,
      Infinity,
      true,
      false,
    ]);
    const openZero = range(0, 1, '1', { lowInclusive: false });
    expect(bounds(mul(range(0, Infinity, 'USD'), openZero))).toEqual([0, Infinity, true, false]);
    expect(bounds(mul(range(2, 3, 'USD'), openZero))).toEqual([0, 3, false, true]);
    expect(bounds(mul(range(-3, -2, 'USD'), openZero))).toEqual([-3, 0, true, false]);
  });

  it('keeps a bound included when another corner reaches it included', () => {
    // -1 * 2 and 1 * -2 both give -2; only the second corner is included.
    const a = range(-1, 1, 'USD', { lowInclusive: false });
    expect(bounds(mul(a, range(-2, 2, '1')))).toEqual([-2, 2, true, true]);
    const b = range(-1, 1, 'USD', { lowInclusive: false, highInclusive: false });
    expect(bounds(mul(b, range(-2, 2, '1')))).toEqual([-2, 2, false, false]);
  });

  it('bounds an overflowing product by the largest double on its finite side', () => {
    const big = range(1e308, 1e308, 'USD');
    expect(bounds(mul(big, range(10, 10, '1')))).toEqual([Number.MAX_VALUE, Infinity, true, false]);
    expect(bounds(mul(big, range(-10, -10, '1')))).toEqual([
      -Infinity,
      -Number.MAX_VALUE,
      false,
      true,
    ]);
  });

  it('writes a best guess of 0 as 0, never -0', () => {
    const product = mul(range(-2, 2, 'USD', { central: 0 }), point(-1, '1'));
    expect(Object.is(product.central, 0)).toBe(true);
  });

  it('keeps the sign of a product that underflows: a positive one is above 0, never below', () => {
    const tiny = point(Number.MIN_VALUE, 'USD');
    const positive = mul(tiny, point(Number.MIN_VALUE, '1'));
    expect(bounds(positive)).toEqual([0, Number.MIN_VALUE, false, true]);
    const negative = mul(tiny, point(-Number.MIN_VALUE, '1'));
    expect(bounds(negative)).toEqual([-Number.MIN_VALUE, 0, true, false]);
  });
});

describe('conversion of 0 and open bounds', () => {
  it('keeps 0 and infinite bounds as they are', () => {
    expect(bounds(convert(range(0, Infinity, 'USD/month'), 'USD/year'))).toEqual([
      0,
      Infinity,
      true,
      false,
    ]);
    expect(bounds(convert(range(-Infinity, 0, 'USD/year'), 'USD/week'))).toEqual([
      -Infinity,
      0,
      false,
      true,
    ]);
  });

  it('converts negative and positive bounds outward', () => {
    const r = convert(range(-1, 1, 'USD/week'), 'USD/year');
    expect(r.low).toBeLessThanOrEqual(-1461 / 28);
    expect(r.high).toBeGreaterThanOrEqual(1461 / 28);
    expect(r.high - 1461 / 28).toBeLessThan(1e-12);
    expect(convert(point(3, 'USD/month'), 'USD/quarter')).toMatchObject({ low: 9, high: 9 });
  });
});
