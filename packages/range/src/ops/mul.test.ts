import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exact, inRange, mulE, ratioE } from '../../../../test-support/exact';
import { point, range } from '../range';
import { moderateOperand, rangeIn, withMembers } from '../testing/arbitraries';
import { expectTight } from '../testing/exact';
import { expectValidRange } from '../testing/invariants';
import { mul } from './mul';

describe('mul', () => {
  it('contains: for every x in A and y in B, x * y is in mul(A, B)', () => {
    fc.assert(
      fc.property(withMembers(rangeIn('USD')), withMembers(rangeIn('people')), (a, b) => {
        const result = mul(a.r, b.r);
        expectValidRange(result);
        for (const x of a.xs) {
          for (const y of b.xs) expect(inRange(mulE(exact(x), exact(y)), result)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('is tight: the product of two points is exact, or the two doubles either side of it', () => {
    fc.assert(
      fc.property(moderateOperand, moderateOperand, (x, y) => {
        expectTight(mul(point(x, 'USD'), point(y, 'people')), mulE(exact(x), exact(y)));
      }),
      { numRuns: 5000 },
    );
  });

  it('contains with a folded factor: for every x in A (%) and y in B, x/100 * y is in mul(A, B)', () => {
    fc.assert(
      fc.property(withMembers(rangeIn('%')), withMembers(rangeIn('USD')), (a, b) => {
        const result = mul(a.r, b.r);
        expect(String(result.unit)).toBe('USD');
        for (const x of a.xs) {
          for (const y of b.xs) {
            expect(inRange(mulE(mulE(exact(x), exact(y)), ratioE(1, 100)), result)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the product unit, cancelling equal atoms', () => {
    const wages = mul(range(300, 500, 'USD/person/month'), range(100000, 350000, 'people'));
    expect(String(wages.unit)).toBe('USD/month');
    expect([wages.low, wages.high]).toEqual([30e6, 175e6]);
    expect(String(mul(point(2, 'USD/year'), point(3, 'year')).unit)).toBe('USD');
  });

  it('folds % into the number: 60% of USD 10 billion is USD 6 billion', () => {
    const result = mul(point(60, '%'), point(10e9, 'USD'));
    expect(result).toMatchObject({ low: 6e9, high: 6e9 });
    expect(String(result.unit)).toBe('USD');
  });

  it("merges time atoms into the left operand's: USD/month times year is USD times 12", () => {
    const result = mul(point(100, 'USD/month'), point(2, 'year'));
    expect(String(result.unit)).toBe('USD');
    expect(result.low).toBe(2400);
  });

  it('treats an open bound times 0 as 0, attained when the zero is', () => {
    const more = range(350000, Infinity, 'people', { lowInclusive: false });
    expect(mul(more, range(0, 2, '1'))).toMatchObject({
      low: 0,
      lowInclusive: true,
      high: Infinity,
    });
    expect(mul(more, range(0, 2, '1', { lowInclusive: false }))).toMatchObject({
      low: 0,
      lowInclusive: false,
    });
    expect(mul(more, point(0, '1'))).toMatchObject({ low: 0, high: 0 });
  });

  it('handles mixed signs: [-2, 3] * [-5, 4] is [-15, 12]', () => {
    expect(mul(range(-2, 3, '1'), range(-5, 4, '1'))).toMatchObject({ low: -15, high: 12 });
  });

  it('makes a bound inclusive only when both factors are', () => {
    const result = mul(range(2, 3, '1', { highInclusive: false }), range(4, 5, '1'));
    expect(result).toMatchObject({ low: 8, lowInclusive: true, high: 15, highInclusive: false });
  });

  it('rounds outward on overflow: a finite product beyond the largest double', () => {
    const result = mul(point(1e300, '1'), point(1e300, '1'));
    expect(result).toMatchObject({ low: Number.MAX_VALUE, high: Infinity, highInclusive: false });
  });

  it('combines 90% intervals into an 80% interval (Bonferroni), not a 90% one', () => {
    const level90 = { meaning: { kind: 'interval', level: 0.9 } } as const;
    const result = mul(range(1, 2, 'USD', level90), range(3, 4, '1', level90));
    expect(result.meaning).toEqual({ kind: 'interval', level: 0.8 });
  });
});

describe('mul: central values and folded units', () => {
  it('multiplies best guesses when either operand has one, and gives none otherwise', () => {
    const guessed = mul(range(1, 3, 'USD', { central: 2 }), range(4, 6, '1', { central: 5 }));
    expect(guessed.central).toBe(10);
    expect(mul(range(1, 3, 'USD', { central: 2 }), point(5, '1')).central).toBe(10);
    expect(mul(point(5, '1'), range(1, 3, 'USD', { central: 2 })).central).toBe(10);
    expect('central' in mul(range(1, 3, 'USD'), range(4, 6, '1'))).toBe(false);
    expect('central' in mul(range(1, 3, 'USD', { central: 2 }), range(4, 6, '1'))).toBe(false);
    // Two points are exact: their product needs no separate best guess.
    expect('central' in mul(point(2, 'USD'), point(3, '1'))).toBe(false);
  });

  it('folds a percentage into the numbers, best guess included: 60% of USD 15 is USD 9', () => {
    const share = mul(range(50, 70, '%', { central: 60 }), range(10, 20, 'USD', { central: 15 }));
    expect([share.low, share.high, share.central, String(share.unit)]).toEqual([5, 14, 9, 'USD']);
  });

  it('folds a merged time unit into the numbers: USD 1–3 a month for a year is USD 12–36', () => {
    const yearly = mul(range(1, 3, 'USD/month', { central: 2 }), point(1, 'year'));
    expect([yearly.low, yearly.high, yearly.central, String(yearly.unit)]).toEqual([
      12,
      36,
      24,
      'USD',
    ]);
  });

  it('contains the exact product through a folded percentage: n% of 1/3 USD, for n = 1..60', () => {
    for (let n = 1; n <= 60; n++) {
      const product = mul(point(n, '%'), point(1 / 3, 'USD'));
      expect(inRange(mulE(mulE(exact(n), ratioE(1, 100)), exact(1 / 3)), product), `${n}`).toBe(
        true,
      );
    }
  });
});
