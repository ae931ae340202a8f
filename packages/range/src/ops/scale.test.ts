import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exact, inRange, mulE } from '../../../../test-support/exact';
import { range } from '../range';
import { finiteValue, rangeIn, withMembers } from '../testing/arbitraries';
import { expectValidRange } from '../testing/invariants';
import { scale } from './scale';

describe('scale', () => {
  it('contains: for every x in A and finite k, x * k is in scale(A, k)', () => {
    fc.assert(
      fc.property(withMembers(rangeIn('USD', { metadata: true })), finiteValue, (a, k) => {
        const result = scale(a.r, k);
        expectValidRange(result);
        for (const x of a.xs) expect(inRange(mulE(exact(x), exact(k)), result)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps unit, meaning and sigFigs: an exact constant adds no uncertainty', () => {
    const r = range(12.5e9, 19e9, 'USD/year', {
      sigFigs: 3,
      meaning: { kind: 'interval', level: 0.9 },
    });
    const result = scale(r, 2);
    expect(result).toMatchObject({ low: 25e9, high: 38e9, sigFigs: 3 });
    expect(result.meaning).toEqual({ kind: 'interval', level: 0.9 });
    expect(result.unit).toBe(r.unit);
  });

  it('swaps bounds for a negative factor and gives the point 0 for 0, even when open', () => {
    expect(scale(range(1, 2, '1', { lowInclusive: false }), -1)).toMatchObject({
      low: -2,
      high: -1,
      highInclusive: false,
    });
    expect(scale(range(350000, Infinity, 'people'), 0)).toMatchObject({ low: 0, high: 0 });
  });

  it('refuses a factor that is not a finite number', () => {
    expect(() => scale(range(1, 2, '1'), Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: scale factor must be a finite number, got NaN]`,
    );
    expect(() => scale(range(1, 2, '1'), Infinity)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: scale factor must be a finite number, got Infinity]`,
    );
  });
});

describe('scale: bounds and best guesses', () => {
  it('keeps inclusive bounds inclusive and exclusive ones exclusive', () => {
    const scaled = scale(range(1, 2, 'USD', { lowInclusive: false }), 3);
    expect([scaled.low, scaled.high, scaled.lowInclusive, scaled.highInclusive]).toEqual([
      3,
      6,
      false,
      true,
    ]);
  });

  it('scales a best guess, and adds none', () => {
    expect(scale(range(1, 3, 'USD', { central: 2 }), 3).central).toBe(6);
    expect('central' in scale(range(1, 3, 'USD'), 3)).toBe(false);
  });
});
