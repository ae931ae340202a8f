import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addE, exact, inRange } from '../../../../test-support/exact';
import { point, range } from '../range';
import { rangeIn, withMembers } from '../testing/arbitraries';
import { expectValidRange } from '../testing/invariants';
import { sub } from './sub';

describe('sub', () => {
  it('contains: for every x in A and y in B, x - y is in sub(A, B)', () => {
    fc.assert(
      fc.property(withMembers(rangeIn('USD')), withMembers(rangeIn('USD')), (a, b) => {
        const result = sub(a.r, b.r);
        expectValidRange(result);
        for (const x of a.xs) {
          for (const y of b.xs) expect(inRange(addE(exact(x), exact(-y)), result)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('subtracts the high bound from the low: [50, 75] - [12.5, 19] is [31, 62.5]', () => {
    const gap = sub(range(50e9, 75e9, 'USD/year'), range(12.5e9, 19e9, 'USD/year'));
    expect(gap).toMatchObject({ low: 31e9, high: 62.5e9, lowInclusive: true, highInclusive: true });
  });

  it("takes each bound's inclusivity from the bounds it comes from", () => {
    const a = range(10, 20, 'USD', { lowInclusive: false });
    const b = range(1, 2, 'USD', { lowInclusive: false });
    // low: 10 - 2 (exclusive, inclusive) -> exclusive; high: 20 - 1 (inclusive, exclusive) -> exclusive
    expect(sub(a, b)).toMatchObject({
      low: 8,
      high: 19,
      lowInclusive: false,
      highInclusive: false,
    });
  });

  it('turns an open high bound of the subtrahend into an open low bound', () => {
    const result = sub(
      point(0, 'people'),
      range(350000, Infinity, 'people', { lowInclusive: false }),
    );
    expect(result).toMatchObject({ low: -Infinity, high: -350000, highInclusive: false });
  });

  it('throws UnitMismatchError for units of different dimensions', () => {
    expect(() => sub(point(1, 'USD'), point(1, 'people'))).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot subtract people from USD: they measure different things; only units of one dimension combine]`,
    );
  });
});
