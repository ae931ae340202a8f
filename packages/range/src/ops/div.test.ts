import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divE, exact, inRange } from '../../../../test-support/exact';
import { DivisionByZeroError } from '../errors';
import { point, type Range, range } from '../range';
import { moderateOperand, rangeIn, withMembers } from '../testing/arbitraries';
import { expectTight } from '../testing/exact';
import { expectValidRange } from '../testing/invariants';
import { div } from './div';

const hasZero = (r: Range): boolean =>
  (r.low < 0 && r.high > 0) || (r.low === 0 && r.lowInclusive) || (r.high === 0 && r.highInclusive);

describe('div', () => {
  it('contains: for every x in A and y in B (B without 0), x / y is in div(A, B)', () => {
    fc.assert(
      fc.property(
        withMembers(rangeIn('USD')),
        withMembers(rangeIn('people').filter((r) => !hasZero(r))),
        (a, b) => {
          const result = div(a.r, b.r);
          expectValidRange(result);
          for (const x of a.xs) {
            for (const y of b.xs) expect(inRange(divE(exact(x), exact(y)), result)).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is tight: the quotient of two points is exact, or the two doubles either side of it', () => {
    fc.assert(
      fc.property(moderateOperand, moderateOperand, (x, y) => {
        expectTight(div(point(x, 'USD'), point(y, 'people')), divE(exact(x), exact(y)));
      }),
      { numRuns: 5000 },
    );
  });

  it('throws DivisionByZeroError exactly when the divisor contains 0', () => {
    fc.assert(
      fc.property(rangeIn('USD'), rangeIn('people'), (a, b) => {
        if (hasZero(b)) expect(() => div(a, b)).toThrow(DivisionByZeroError);
        else expect(() => div(a, b)).not.toThrow();
      }),
    );
  });

  it('says why when dividing by a range that contains 0', () => {
    expect(() => div(point(1, 'USD'), range(-1, 1, 'people'))).toThrowErrorMatchingInlineSnapshot(
      `[DivisionByZeroError: cannot divide by [-1, 1] people: it contains 0; exclude a 0 that is only a limit: (0, 5] instead of [0, 5]]`,
    );
    expect(() => div(point(1, 'USD'), range(0, 5, 'people'))).toThrowErrorMatchingInlineSnapshot(
      `[DivisionByZeroError: cannot divide by [0, 5] people: it contains 0; exclude a 0 that is only a limit: (0, 5] instead of [0, 5]]`,
    );
  });

  it('divides by a divisor whose 0 is an excluded bound, with an open result', () => {
    const result = div(range(2, 3, 'USD'), range(0, 5, 'people', { lowInclusive: false }));
    // 2/5 is not a double: the double 0.4 is 0.4000000000000000222..., above it, so the sound
    // low bound is the double just below.
    expect(result).toMatchObject({
      low: 0.39999999999999997,
      lowInclusive: true,
      high: Infinity,
      highInclusive: false,
    });
  });

  it('gives only an upper bound when dividing by a quantity with only a lower bound', () => {
    const result = div(
      range(50e9, 75e9, 'USD/year'),
      range(350000, Infinity, 'people', { lowInclusive: false }),
    );
    expect(result).toMatchObject({ low: 0, lowInclusive: false, highInclusive: false });
    expect(result.high).toBeCloseTo(214285.714, 2);
    expect(String(result.unit)).toBe('USD/person/year');
  });

  it('cancels equal units: USD/year over USD/year is 1', () => {
    const result = div(range(12.5e9, 19e9, 'USD/year'), range(50e9, 75e9, 'USD/year'));
    expect(String(result.unit)).toBe('1');
    expect([result.low, result.high]).toEqual([12.5e9 / 75e9, 19e9 / 50e9]);
  });

  it('handles negative divisors: [2, 6] / [-2, -1] is [-6, -1]', () => {
    expect(div(range(2, 6, '1'), range(-2, -1, '1'))).toMatchObject({ low: -6, high: -1 });
  });

  it('divides the central values when given', () => {
    const result = div(range(10, 20, 'USD', { central: 12 }), point(4, 'people'));
    expect(result).toMatchObject({ low: 2.5, high: 5, central: 3 });
  });
});

describe('div: inclusive bounds, central values and folded units', () => {
  it('includes a bound only when both corners that make it are included', () => {
    const bounds = (r: Range) => [r.low, r.high, r.lowInclusive, r.highInclusive];
    const openLow = { lowInclusive: false } as const;
    const openHigh = { highInclusive: false } as const;
    expect(bounds(div(range(2, 4, '1', openLow), range(1, 2, '1')))).toEqual([1, 4, false, true]);
    expect(bounds(div(range(2, 4, '1', openHigh), range(1, 2, '1')))).toEqual([1, 4, true, false]);
    expect(bounds(div(range(2, 4, '1'), range(1, 2, '1', openLow)))).toEqual([1, 4, true, false]);
    expect(bounds(div(range(2, 4, '1'), range(1, 2, '1', openHigh)))).toEqual([1, 4, false, true]);
    // A negative numerator takes its low bound over the divisor's low bound, and so on.
    expect(bounds(div(range(-4, 2, '1'), range(1, 2, '1', openLow)))).toEqual([
      -4,
      2,
      false,
      false,
    ]);
    expect(bounds(div(range(-4, -2, '1'), range(1, 2, '1', openHigh)))).toEqual([
      -4,
      -1,
      true,
      false,
    ]);
  });

  it('divides best guesses when either operand has one, and gives none otherwise', () => {
    expect(
      div(range(10, 20, 'USD', { central: 15 }), range(2, 6, '1', { central: 3 })).central,
    ).toBe(5);
    expect(div(range(10, 20, 'USD', { central: 15 }), point(3, '1')).central).toBe(5);
    expect(div(point(15, 'USD'), range(2, 6, '1', { central: 3 })).central).toBe(5);
    expect('central' in div(range(10, 20, 'USD'), range(2, 6, '1'))).toBe(false);
  });

  it('folds a percentage divisor into the numbers: USD 15 is 60% of USD 25', () => {
    const whole = div(range(10, 20, 'USD', { central: 15 }), range(50, 100, '%', { central: 60 }));
    expect([whole.central, String(whole.unit)]).toEqual([25, 'USD']);
    // 10 / 100 is not a double: the bounds are widened outward by an ulp at most.
    expect(whole.low).toBeLessThanOrEqual(10);
    expect(whole.low).toBeCloseTo(10, 12);
    expect(whole.high).toBeGreaterThanOrEqual(40);
    expect(whole.high).toBeCloseTo(40, 12);
  });

  it('folds a ratio of dimensionless units into the best guess: 20‰ over 2% is 1', () => {
    const ratio = div(range(10, 30, 'permille', { central: 20 }), range(1, 4, '%', { central: 2 }));
    expect([ratio.central, String(ratio.unit)]).toEqual([1, '1']);
  });

  it('contains the exact quotient through a folded percentage: 1 USD over n%, for n = 1..60', () => {
    for (let n = 1; n <= 60; n++) {
      const whole = div(point(1, 'USD'), point(n, '%'));
      expect(inRange(divE(exact(100), exact(n)), whole), `${n}`).toBe(true);
    }
  });
});
