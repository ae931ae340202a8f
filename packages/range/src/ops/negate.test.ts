import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exact, inRange } from '../../../../test-support/exact';
import { range } from '../range';
import { rangeIn, withMembers } from '../testing/arbitraries';
import { expectValidRange } from '../testing/invariants';
import { negate } from './negate';

describe('negate', () => {
  it('contains: for every x in A, -x is in negate(A)', () => {
    fc.assert(
      fc.property(withMembers(rangeIn('USD', { metadata: true })), (a) => {
        const result = negate(a.r);
        expectValidRange(result);
        for (const x of a.xs) expect(inRange(exact(-x), result)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('is an involution: negate(negate(A)) equals A for bounds, inclusivity and central', () => {
    fc.assert(
      fc.property(rangeIn('USD', { metadata: true }), (a) => {
        const twice = negate(negate(a));
        expect([
          twice.low,
          twice.high,
          twice.lowInclusive,
          twice.highInclusive,
          twice.central,
        ]).toEqual([a.low, a.high, a.lowInclusive, a.highInclusive, a.central]);
      }),
    );
  });

  it('turns "more than 350,000" into "less than -350,000"', () => {
    const result = negate(
      range(350000, Infinity, 'people', { lowInclusive: false, qualifier: 'more-than' }),
    );
    expect(result).toMatchObject({
      low: -Infinity,
      high: -350000,
      highInclusive: false,
      qualifier: 'less-than',
    });
  });

  it('never produces -0', () => {
    expect(Object.is(negate(range(0, 1, '1')).high, 0)).toBe(true);
  });
});

describe('negate qualifiers', () => {
  it('mirrors comparative qualifiers and keeps the others', () => {
    const q = (qualifier: 'at-least' | 'approx') =>
      negate(range(1, 2, '1', { qualifier })).qualifier;
    expect([q('at-least'), q('approx')]).toEqual(['at-most', 'approx']);
  });
});
