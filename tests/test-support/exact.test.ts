import { describe, expect, it } from 'vitest';
import {
  addE,
  cmp,
  divE,
  type Exact,
  exact,
  inRange,
  mulE,
  ratioE,
  show,
} from '../../test-support/exact';

/** The fraction in lowest terms, since the oracle never reduces. */
function lowest(v: Exact): Exact {
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const g = gcd(v.n < 0n ? -v.n : v.n, v.d);
  return { n: v.n / g, d: v.d / g };
}

describe('exact', () => {
  it('reads dyadic doubles as the fractions they are', () => {
    expect(lowest(exact(3))).toEqual({ n: 3n, d: 1n });
    expect(lowest(exact(-0.75))).toEqual({ n: -3n, d: 4n });
    expect(lowest(exact(2 ** 60))).toEqual({ n: 2n ** 60n, d: 1n });
    expect(lowest(exact(Number.MIN_VALUE))).toEqual({ n: 1n, d: 2n ** 1074n });
  });

  it('reads 0.1 as the double nearest one tenth: 3602879701896397 / 2^55', () => {
    expect(lowest(exact(0.1))).toEqual({ n: 3602879701896397n, d: 2n ** 55n });
  });

  it('sees that the double 0.1 lies just above one tenth', () => {
    expect(cmp(exact(0.1), ratioE(1, 10))).toBe(1);
  });

  it('refuses what is not finite', () => {
    expect(() => exact(Number.POSITIVE_INFINITY)).toThrow('exact(Infinity): not finite');
  });
});

describe('arithmetic', () => {
  it('adds without rounding: 0.1 + 0.2 of doubles lies strictly between 0.3 and 0.1 + 0.2', () => {
    const sum = addE(exact(0.1), exact(0.2));
    expect(cmp(sum, exact(0.3))).toBe(1);
    expect(cmp(sum, exact(0.1 + 0.2))).toBe(-1);
  });

  it('multiplies and divides, keeping the denominator positive', () => {
    expect(cmp(mulE(ratioE(2, 3), ratioE(3, 4)), ratioE(1, 2))).toBe(0);
    expect(lowest(divE(exact(1), exact(-2)))).toEqual({ n: -1n, d: 2n });
    expect(show(divE(ratioE(3, 1), ratioE(4, 1)))).toBe('0.75');
  });
});

describe('inRange', () => {
  const bounds = { low: 1, high: 2, lowInclusive: true, highInclusive: false };

  it('honours inclusive and exclusive bounds', () => {
    expect(inRange(exact(1), bounds)).toBe(true);
    expect(inRange(exact(2), bounds)).toBe(false);
    expect(inRange(ratioE(3, 2), bounds)).toBe(true);
  });

  it('treats infinite bounds as open', () => {
    const above = { low: 1, high: Number.POSITIVE_INFINITY, lowInclusive: false };
    expect(inRange(exact(1e300), { ...above, highInclusive: false })).toBe(true);
    expect(inRange(exact(1), { ...above, highInclusive: false })).toBe(false);
  });
});
