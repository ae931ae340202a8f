/**
 * Hostile numbers in range arithmetic: products that underflow below the smallest double and
 * scalings that overflow past the largest. Each result must hold the true value, keep its
 * sign, and describe its own shape honestly.
 */
import { certainlyGreater, mul, point, range, scale } from '@reckon/range';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmp, exact, inRange, mulE } from '../../test-support/exact';

const MAX = Number.MAX_VALUE;
const MIN = Number.MIN_VALUE;
const ZERO = exact(0);

describe('mul of numbers whose product underflows', () => {
  it('keeps the sign of two subnormals: -5e-324 × 5e-324 is negative, never positive', () => {
    const product = mul(point(-MIN, '1'), point(MIN, '1'));
    expect([product.low, product.high, product.lowInclusive, product.highInclusive]).toEqual([
      -MIN,
      0,
      true,
      false,
    ]);
    expect(certainlyGreater(point(0, '1'), product)).toBe(true);
  });

  it('keeps the sign of a positive product too, and of a point times a range', () => {
    const positive = mul(point(-MIN, '1'), point(-MIN, '1'));
    expect([positive.low, positive.high, positive.lowInclusive]).toEqual([0, MIN, false]);
    const tiny = mul(range(1e-300, 2e-300, '1'), point(-1e-100, '1'));
    expect(tiny.high).toBe(0);
    expect(tiny.highInclusive).toBe(false);
    expect(tiny.low).toBeLessThan(0);
  });

  it('keeps an attained 0 inclusive: [0, 5e-324] × 5e-324 still holds 0', () => {
    const product = mul(range(0, MIN, '1'), point(MIN, '1'));
    expect([product.low, product.lowInclusive, product.high]).toEqual([0, true, MIN]);
  });

  it('contains and keeps the sign: for tiny x and y, x*y lies in mul(x, y), on its own side of 0', () => {
    const tiny = fc
      .double({ min: -1e-150, max: 1e-150, noNaN: true })
      .filter((x) => Number.isFinite(x) && x !== 0);
    fc.assert(
      fc.property(tiny, tiny, (x, y) => {
        const product = mul(point(x, '1'), point(y, '1'));
        const truth = mulE(exact(x), exact(y));
        expect(inRange(truth, product)).toBe(true);
        // It holds the true product but not 0, so it lies wholly on the product's side of 0.
        expect(inRange(ZERO, product)).toBe(false);
        expect(cmp(truth, ZERO) < 0 ? product.high <= 0 : product.low >= 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scale past the largest double', () => {
  it('does not call scale(point(MAX), 2) exact once it is open-topped: it is at least MAX', () => {
    const doubled = scale(point(MAX, 'USD'), 2);
    expect([doubled.low, doubled.high, doubled.qualifier]).toEqual([MAX, Infinity, 'at-least']);
  });

  it('mirrors the case for a negative factor: scale(point(MAX), -2) is at most -MAX', () => {
    const doubled = scale(point(MAX, 'USD'), -2);
    expect([doubled.low, doubled.high, doubled.qualifier]).toEqual([-Infinity, -MAX, 'at-most']);
  });

  it('keeps what a qualifier says when scaling leaves the shape alone', () => {
    expect(scale(point(5, 'USD'), 2).qualifier).toBe('exact');
    expect(scale(point(5, 'USD', { qualifier: 'approx' }), 1e308).qualifier).toBe('approx');
    expect(scale(range(5, Infinity, 'USD'), -1).qualifier).toBe('at-most');
  });

  it('never claims exact for an open side: a bounded range scaled to overflow says which side it lost', () => {
    const huge = fc.double({ min: 1e300, max: MAX, noNaN: true });
    const factor = fc.double({ min: 1e10, max: 1e300, noNaN: true });
    fc.assert(
      fc.property(huge, factor, (x, k) => {
        const scaled = scale(point(x, 'USD'), k);
        const truth = mulE(exact(x), exact(k));
        expect(inRange(truth, scaled)).toBe(true);
        expect(scaled.qualifier).toBe(scaled.high === Infinity ? 'at-least' : 'exact');
      }),
      { numRuns: 500 },
    );
  });
});
