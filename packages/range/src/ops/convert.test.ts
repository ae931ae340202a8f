import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exact, inRange, mulE, ratioE } from '../../../../test-support/exact';
import { contains } from '../compare/contains';
import { point, range } from '../range';
import { rangeIn, withMembers } from '../testing/arbitraries';
import { expectValidRange } from '../testing/invariants';
import { unit } from '../unit/unit';
import { convert } from './convert';

const pairs = [
  ['USD/month', 'USD/year', 12, 1],
  ['USD/year', 'USD/week', 28, 1461],
  ['%', '1', 1, 100],
  ['bp', 'permille', 1, 10],
  ['people/day', 'people/hour', 1, 24],
] as const;

describe('convert', () => {
  for (const [from, to, num, den] of pairs) {
    it(`contains: for every x in A (${from}), x * ${num}/${den} is in convert(A, '${to}')`, () => {
      fc.assert(
        fc.property(withMembers(rangeIn(from)), (a) => {
          const result = convert(a.r, to);
          expectValidRange(result);
          expect(result.unit).toBe(unit(to));
          for (const x of a.xs)
            expect(inRange(mulE(exact(x), ratioE(num, den)), result)).toBe(true);
        }),
        { numRuns: 500 },
      );
    });

    it(`there and back: convert(convert(A, '${to}'), '${from}') contains A`, () => {
      fc.assert(
        fc.property(rangeIn(from, { metadata: true }), (a) => {
          const back = convert(convert(a, to), from);
          expectValidRange(back);
          expect(contains(back, a)).toBe(true);
          expect([back.qualifier, back.meaning, back.sigFigs]).toEqual([
            a.qualifier,
            a.meaning,
            a.sigFigs,
          ]);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('is exact where the numbers allow: USD 1000 a month is USD 12000 a year', () => {
    expect(convert(point(1000, 'USD/month'), 'USD/year')).toMatchObject({
      low: 12000,
      high: 12000,
    });
    expect(convert(range(0.25, 0.5, '1'), '%')).toMatchObject({ low: 25, high: 50 });
  });

  it('stays sound where a decimal is not a double: 0.38 in % is just above 38', () => {
    // The double written 0.38 is 0.38000000000000000444..., so 100 times it exceeds 38 and
    // the high bound must be the next double above 38.
    expect(convert(point(0.38, '1'), '%')).toMatchObject({ low: 38, high: 38.00000000000001 });
  });

  it('returns the range itself when the unit is already the target', () => {
    const r = range(1, 2, 'USD/year');
    expect(convert(r, 'USD / years')).toBe(r);
  });

  it("carries a rate range's uncertainty: USD 100 at 4000–4100 KHR/USD is KHR 400,000–410,000", () => {
    const riel = convert(point(100, 'USD'), 'KHR', range(4000, 4100, 'KHR/USD'));
    expect(riel).toMatchObject({ low: 400000, high: 410000 });
    expect(String(riel.unit)).toBe('KHR');
  });

  it('converts price years with a deflator range', () => {
    const real = convert(point(100, 'USD@2020'), 'USD@2023', range(1.15, 1.2, 'USD@2023/USD@2020'));
    expect(String(real.unit)).toBe('USD@2023');
    expect(real.low).toBeCloseTo(115, 10);
    expect(real.high).toBeCloseTo(120, 10);
  });

  it('never converts currencies or price years without a rate', () => {
    expect(() => convert(point(1, 'USD'), 'KHR')).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot convert USD to KHR: currencies and price years convert only with a rate: convert(r, 'KHR', rate), with rate a range in KHR/USD]`,
    );
    expect(() => convert(point(1, 'USD@2020'), 'USD@2023')).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot convert USD@2020 to USD@2023: currencies and price years convert only with a rate: convert(r, 'USD@2023', rate), with rate a range in USD@2023/USD@2020]`,
    );
  });

  it('refuses other dimensions, a rate in the wrong unit, and a rate that is not positive', () => {
    expect(() => convert(point(1, 'USD/year'), 'people')).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot convert USD/year to people: they measure different things; only units of one dimension combine]`,
    );
    expect(() =>
      convert(point(1, 'USD'), 'KHR', point(0.00025, 'USD/KHR')),
    ).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: the rate for converting USD to KHR must be in KHR/USD, got USD/KHR]`,
    );
    expect(() =>
      convert(point(1, 'USD'), 'KHR', range(0, 4100, 'KHR/USD')),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: rate must be positive, e.g. range(4000, 4100, 'KHR/USD') for 4000–4100 KHR per USD, got [0, 4100] KHR/USD]`,
    );
  });
});

describe('convert: central values and rates', () => {
  it('converts a best guess with the bounds, and adds none', () => {
    const yearly = convert(range(1, 2, 'USD/month', { central: 1.5 }), 'USD/year');
    expect([yearly.low, yearly.high, yearly.central]).toEqual([12, 24, 18]);
    expect('central' in convert(range(1, 2, 'USD/month'), 'USD/year')).toBe(false);
    expect('central' in convert(point(1, 'USD/month'), 'USD/year')).toBe(false);
  });

  it('takes a rate whose low bound is an excluded 0, and refuses one that holds 0 or less', () => {
    const rate = range(0, 4100, 'KHR/USD', { lowInclusive: false });
    expect(convert(point(1, 'USD'), 'KHR', rate).high).toBe(4100);
    for (const bad of [
      range(0, 4100, 'KHR/USD'),
      range(-1, 4100, 'KHR/USD', { lowInclusive: false }),
      range(-5, -1, 'KHR/USD'),
    ]) {
      expect(() => convert(point(1, 'USD'), 'KHR', bad)).toThrowError(
        expect.objectContaining({ field: 'rate', code: 'INVALID_RANGE' }),
      );
    }
  });

  it('widens the bounds when the ratio of the units is too large to be exact: hour^5 to year^5', () => {
    // 8766^5 is about 5.2e19, beyond 2^53: the ratio is rounded, so the bounds must not trust it.
    const exactRatio = 8766n ** 5n;
    const up = convert(point(3, 'USD/hour^5'), 'USD/year^5');
    expect(BigInt(up.low) < 3n * exactRatio && 3n * exactRatio < BigInt(up.high)).toBe(true);
    expect(up.high / up.low - 1).toBeLessThan(1e-11);
    const down = convert(point(-3, 'USD/hour^5'), 'USD/year^5');
    expect(BigInt(down.low) < -3n * exactRatio && -3n * exactRatio < BigInt(down.high)).toBe(true);
    const back = convert(point(3 * Number(exactRatio), 'USD/year^5'), 'USD/hour^5');
    expect(back.low).toBeLessThan(3);
    expect(back.high).toBeGreaterThan(3);
    expect(back.high - back.low).toBeLessThan(1e-10);
  });
});
