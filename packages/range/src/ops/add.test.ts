import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addE, exact, inRange } from '../../../../test-support/exact';
import { point, range } from '../range';
import { rangeIn, withMembers } from '../testing/arbitraries';
import { expectValidRange } from '../testing/invariants';
import { add } from './add';

describe('add', () => {
  it('contains: for every x in A and y in B, x + y is in add(A, B)', () => {
    fc.assert(
      fc.property(withMembers(rangeIn('USD')), withMembers(rangeIn('USD')), (a, b) => {
        const result = add(a.r, b.r);
        expectValidRange(result);
        for (const x of a.xs) {
          for (const y of b.xs) expect(inRange(addE(exact(x), exact(y)), result)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is tight: add of two points whose sum is exact is that point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: -1e9, max: 1e9 }),
        (x, y) => {
          const result = add(point(x, 'USD'), point(y, 'USD'));
          expect([result.low, result.high]).toEqual([x + y, x + y]);
        },
      ),
    );
  });

  it('widens by one ulp only where rounding went the wrong way: 0.1 + 0.2', () => {
    const result = add(point(0.1, '1'), point(0.2, '1'));
    // 0.1 + 0.2 is exactly 0.3000000000000000166..., between these two doubles.
    expect([result.low, result.high]).toEqual([0.3, 0.30000000000000004]);
  });

  it('adds bounds, an inclusive bound only where both are', () => {
    const a = range(1, 2, 'USD', { lowInclusive: false });
    const b = range(10, 20, 'USD', { highInclusive: false });
    expect(add(a, b)).toMatchObject({
      low: 11,
      high: 22,
      lowInclusive: false,
      highInclusive: false,
    });
  });

  it('keeps an open bound open', () => {
    const more = range(350000, Infinity, 'people', { lowInclusive: false });
    expect(add(more, point(1000, 'people'))).toMatchObject({
      low: 351000,
      high: Infinity,
      lowInclusive: false,
      highInclusive: false,
      qualifier: 'more-than',
    });
  });

  it("converts the right operand to the left operand's unit within a dimension", () => {
    const result = add(range(1000, 2000, 'USD/month'), point(12000, 'USD/year'));
    expect(result).toMatchObject({ low: 2000, high: 3000 });
    expect(String(result.unit)).toBe('USD/month');
  });

  it('throws UnitMismatchError for units of different dimensions', () => {
    expect(() => add(point(1, 'USD/year'), point(2, 'people'))).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot add USD/year to people: they measure different things; only units of one dimension combine]`,
    );
    expect(() => add(point(1, 'USD'), point(2, 'EUR'))).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot add USD to EUR: currencies and price years convert only with a rate: convert(b, 'USD', rate), with rate a range in USD/EUR]`,
    );
  });

  it('throws InvalidRangeError for an argument that is not a Range', () => {
    const copy = { ...point(1, 'USD') };
    expect(() => add(copy, point(1, 'USD'))).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: a must be a Range made by range(), point(), rangeFromJSON() or an operation, got an object (a copy such as { ...r } is not a Range)]`,
    );
  });

  it('adds central values when one is given, and keeps the least sigFigs', () => {
    const a = range(10, 20, 'USD', { central: 15, sigFigs: 2 });
    const b = range(1, 3, 'USD', { sigFigs: 1 });
    expect(add(a, b)).toMatchObject({ low: 11, high: 23, sigFigs: 1 });
    expect(add(a, b).central).toBeUndefined(); // b has neither a central value nor a point
    expect(add(a, point(5, 'USD')).central).toBe(20);
  });

  it('gives a best guess only when an operand states one: two points make a point, not a guess', () => {
    expect('central' in add(point(1, 'USD'), point(2, 'USD'))).toBe(false);
    expect(add(point(1, 'USD'), range(1, 3, 'USD', { central: 2 })).central).toBe(3);
    expect(add(range(1, 3, 'USD', { central: 2 }), point(1, 'USD')).central).toBe(3);
    expect(add(point(1, 'USD'), range(1, 3, 'USD', { central: 2 }))).toMatchObject({
      low: 2,
      high: 4,
    });
  });
});
