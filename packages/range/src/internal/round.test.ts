import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addE, cmp, divE, type Exact, exact, mulE } from '../../../../test-support/exact';
import { finiteValue } from '../testing/arbitraries';
import { nextDouble } from '../testing/exact';
import { divBound, mulBound, sumBound } from './round';

/** The double just below a finite `x`. */
const previousDouble = (x: number): number => -nextDouble(-x) + 0;

/**
 * Whether `bound` is on its side of the exact value `e` (`dir` -1: at or below, 1: at or
 * above), and, when `tight`, the nearest double there: `e` itself, or its neighbour.
 */
function bounds(bound: number, e: Exact, dir: number, tight: boolean): boolean {
  if (bound === dir * Infinity) return true; // an open bound holds everything
  const side = cmp(exact(bound), e) * dir;
  if (side < 0) return false;
  if (!tight || side === 0) return true;
  const inner = dir < 0 ? nextDouble(bound) : previousDouble(bound);
  return cmp(exact(inner), e) * dir < 0;
}

/**
 * Results and operands within 2^±900 are rounded exactly to the ulp; beyond, a bound may
 * be one ulp looser (the error is not computed there), as the module documents.
 */
const inSafeRange = (e: Exact): boolean => {
  const magnitude = Math.abs(Number(e.n) / Number(e.d));
  return magnitude >= 2 ** -890 && magnitude <= 2 ** 890;
};

const positive = finiteValue.filter((y) => y > 0);

describe('directed rounding', () => {
  it('sumBound is sound and tight: its bounds are a + b, or the doubles either side of it', () => {
    fc.assert(
      fc.property(finiteValue, finiteValue, (a, b) => {
        const e = addE(exact(a), exact(b));
        const tight = inSafeRange(e);
        expect(bounds(sumBound(a, b, -1), e, -1, tight)).toBe(true);
        expect(bounds(sumBound(a, b, 1), e, 1, tight)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('mulBound is sound and tight: its bounds are a * b, or the doubles either side of it', () => {
    fc.assert(
      fc.property(finiteValue, finiteValue, (a, b) => {
        const e = mulE(exact(a), exact(b));
        const tight = inSafeRange(e) && inSafeRange(exact(a)) && inSafeRange(exact(b));
        expect(bounds(mulBound(a, b, -1), e, -1, tight)).toBe(true);
        expect(bounds(mulBound(a, b, 1), e, 1, tight)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('divBound is sound and tight: its bounds are a / b, or the doubles either side of it', () => {
    fc.assert(
      fc.property(finiteValue, positive, (a, b) => {
        const e = divE(exact(a), exact(b));
        const tight = inSafeRange(e) && inSafeRange(exact(a)) && inSafeRange(exact(b));
        expect(bounds(divBound(a, b, -1), e, -1, tight)).toBe(true);
        expect(bounds(divBound(a, b, 1), e, 1, tight)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('steps exactly one ulp where the error is unknown, down to subnormals and zero', () => {
    // Below 2^-900 a product's error is not computed, so the bound moves one ulp.
    for (const x of [Number.MIN_VALUE, 3 * Number.MIN_VALUE, 2 ** -1022, 2 ** -1000, 0]) {
      for (const v of x === 0 ? [x] : [x, -x]) {
        expect(mulBound(v, 1, 1)).toBe(v === 0 ? 0 : nextDouble(v));
        expect(mulBound(v, 1, -1)).toBe(v === 0 ? 0 : previousDouble(v));
      }
    }
  });
});
