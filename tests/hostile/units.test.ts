/**
 * Hostile unit expressions: each reproduction from the reliability probe, pinned. A unit either
 * reads as what it says, with a finite positive size, or is refused with a typed error.
 */
import {
  convert,
  div,
  InvalidRangeError,
  mul,
  point,
  ReckonError,
  UnitMismatchError,
  UnitSyntaxError,
  UnknownCurrencyError,
  unit,
} from '@reckon/range';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('the unit-power cap applies to the combined powers', () => {
  it('refuses USD/hour^20/hour^20/hour^20/hour^20 (hour^80) with a typed error, at the atom that overflows', () => {
    const text = 'USD/hour^20/hour^20/hour^20/hour^20';
    expect(() => unit(text)).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: the powers of "hour" add up to -80 at position 28 in unit "USD/hour^20/hour^20/hour^20/hour^20": the powers of one unit, added up, must lie from -20 to 20, e.g. "USD/hour^2"]`,
    );
  });

  it('refuses a sum just past the cap, in either direction, and accepts one that comes back', () => {
    expect(() => unit('hour^20*hour')).toThrow(UnitSyntaxError);
    expect(() => unit('1/hour^20/hr')).toThrow(UnitSyntaxError);
    expect(() => unit('USD^11*USD^10')).toThrow(UnitSyntaxError);
    expect(String(unit('hour^20*hour^20/hour^20'))).toBe('hour^20');
    expect(unit('USD/hour^20').factor).toBe(8766 ** 20);
  });

  it('refuses a unit whose size does not fit in a double, though each power is within the cap', () => {
    const text = '1/hour^20/day^20/week^20/month^20/bp^20/permille^20/%^20';
    expect(() => unit(text)).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: unit "1/hour^20/day^20/week^20/month^20/bp^20/permille^20/%^20" is too large or too small to compute with: its size does not fit in a double; use fewer or smaller powers]`,
    );
    expect(() => unit('hour^20*day^20*week^20*month^20*bp^20*permille^20*%^20')).toThrow(
      UnitSyntaxError,
    );
  });

  it('refuses a product or quotient past the cap or beyond a double, never an Infinity factor', () => {
    expect(() => mul(point(1, 'USD/hour^20'), point(1, '1/hour^20'))).toThrow(UnitMismatchError);
    expect(() => div(point(1, 'USD/hour^20'), point(1, 'hour^20'))).toThrow(UnitMismatchError);
    const huge = point(1, '1/bp^20/permille^20/%^20'); // size 1e180: finite, allowed
    expect(huge.unit.factor / 1e180).toBeCloseTo(1, 12);
    expect(() => mul(huge, huge)).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot multiply 1/%^20/bp^20/permille^20 by 1/%^20/bp^20/permille^20: the size of the resulting unit does not fit in a double]`,
    );
    // Like atoms cancel before the size is taken: the quotient is exactly 1.
    expect(div(huge, huge).low).toBe(1);
  });

  it('refuses a conversion whose ratio does not fit in a double', () => {
    const big = point(1, '1/bp^20/permille^20/%^20');
    expect(() => convert(big, 'bp^20*permille^20*%^20')).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot relate 1/%^20/bp^20/permille^20 to %^20*bp^20*permille^20: the ratio of their sizes does not fit in a double]`,
    );
  });

  it('has a finite positive factor for every unit it reads: any product of atoms with powers up to 20', () => {
    const atom = fc.constantFrom('USD', 'hour', 'day', 'week', 'month', 'year', 'quarter', 'bp');
    const term = fc.tuple(atom, fc.integer({ min: 1, max: 20 }), fc.constantFrom('*', '/'));
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 12 }), (terms) => {
        const text = terms
          .map(([name, power, op], i) => `${i === 0 ? '' : op}${name}^${power}`)
          .join('');
        let u: ReturnType<typeof unit>;
        try {
          u = unit(text);
        } catch (error) {
          expect(error).toBeInstanceOf(UnitSyntaxError);
          return;
        }
        expect(Number.isFinite(u.factor) && u.factor > 0).toBe(true);
        for (const a of u.atoms) expect(Math.abs(a.power)).toBeLessThanOrEqual(20);
      }),
      { numRuns: 500 },
    );
  });
});

describe('unit() on values that are not text', () => {
  it('throws a typed error, not a TypeError, for an object with no prototype', () => {
    expect(() => unit(Object.create(null))).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: unit must be a Unit or a unit string such as "USD/year", got an object]`,
    );
  });

  it('throws a ReckonError for every kind of non-string value', () => {
    const values: unknown[] = [
      Object.create(null),
      Symbol('u'),
      10n,
      null,
      undefined,
      [],
      () => 'USD',
      { toString: () => 'USD' },
    ];
    for (const value of values) {
      expect(() => unit(value as string), String(typeof value)).toThrow(UnitSyntaxError);
    }
    expect(() => point(1, Object.create(null))).toThrow(ReckonError);
    expect(() => convert(point(1, 'USD'), Object.create(null))).toThrow(InvalidRangeError);
  });
});

describe('abbreviated periods read as periods, never as count nouns', () => {
  it('reads /hr, /mo, /wk, /d and /qtr as hour, month, week, day and quarter', () => {
    const cases = [
      ['USD/hr', 'USD/hour'],
      ['USD/hrs', 'USD/hour'],
      ['USD/h', 'USD/hour'],
      ['USD/mo', 'USD/month'],
      ['USD/wk', 'USD/week'],
      ['USD/d', 'USD/day'],
      ['USD/qtr', 'USD/quarter'],
      ['USD per quarter', 'USD/quarter'],
      ['people/wk', 'people/week'],
    ] as const;
    for (const [text, canonical] of cases) {
      const u = unit(text);
      expect(u.text, text).toBe(canonical);
      expect(u.dimension, text).toBe(text.startsWith('people') ? 'people/year' : 'USD/year');
      expect(
        u.atoms.some((a) => a.kind === 'count' && a.name !== 'people'),
        text,
      ).toBe(false);
    }
  });

  it('sizes them as the periods they are: a quarter is a fourth of a year', () => {
    expect(unit('USD/qtr').factor).toBe(4);
    expect(unit('USD/mo').factor).toBe(12);
    expect(convert(point(15, 'USD/hr'), 'USD/day').low).toBe(360);
    expect(convert(point(1, 'USD/qtr'), 'USD/year').low).toBe(4);
    expect(convert(point(3, 'USD/mo'), 'USD/qtr').low).toBe(9);
  });

  it('refuses a slip near "quarter" instead of counting "quaters"', () => {
    expect(() => unit('USD/quater')).toThrow(/looks like "quarter" mistyped/);
  });
});

describe('unit() never throws anything but its typed errors', () => {
  it('only ever throws UnitSyntaxError or UnknownCurrencyError, for text made of unit tokens', () => {
    const token = fc.constantFrom(
      'USD',
      'hour',
      'hr',
      'qtr',
      'd',
      'people',
      '%',
      'bp',
      '1',
      '^20',
      '^-20',
      '^99',
      '*',
      '/',
      ' per ',
      '@2023',
      'XYZ',
      '',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 16 }), (tokens) => {
        try {
          const u = unit(tokens.join(''));
          expect(Number.isFinite(u.factor) && u.factor > 0).toBe(true);
        } catch (error) {
          expect(error instanceof UnitSyntaxError || error instanceof UnknownCurrencyError).toBe(
            true,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });
});
