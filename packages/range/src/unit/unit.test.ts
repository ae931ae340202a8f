import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnitSyntaxError, UnknownCurrencyError } from '../errors';
import { unit } from './unit';

describe('unit', () => {
  it('interns: equal units are the same object', () => {
    expect(unit('USD/year')).toBe(unit('USD / years'));
    expect(unit('USD/year')).toBe(unit('USD per yr'));
    expect(unit('person')).toBe(unit('people'));
    expect(unit('USD/person/year')).toBe(unit('USD/year/people'));
    expect(unit('year^-1')).toBe(unit('1/year'));
  });

  it('writes canonical text: numerators joined by *, denominators after /', () => {
    const cases = [
      ['USD/year', 'USD/year'],
      ['people * USD', 'USD*people'],
      ['USD/people/year', 'USD/person/year'],
      ['victim', 'victims'],
      ['USD@2023 / yrs', 'USD@2023/year'],
      ['%', '%'],
      ['percent', '%'],
      ['1', '1'],
      ['year/year', '1'],
      ['USD*USD/year^2', 'USD^2/year^2'],
      ['‰', 'permille'],
    ] as const;
    for (const [input, text] of cases) {
      expect(String(unit(input))).toBe(text);
      expect(`${unit(input)}`).toBe(text);
    }
  });

  it('refuses a plural whose singular, as printed after /, is a currency code', () => {
    // `USD/mmks` would print as `USD/mmk`, which reads as MMK mistyped: found by the law below.
    for (const input of ['USD/mmks', 'mmks', 'USD*khrs']) {
      expect(() => unit(input), input).toThrow(UnitSyntaxError);
    }
    expect(() => unit('USD/mmks')).toThrow(/"mmks" looks like "MMK" mistyped/);
  });

  it('reads its own text back: unit(u.text) === u, for nouns of any spelling', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,12}$/),
        fc.constantFrom('', 'USD/', 'USD*', '1/'),
        (word, prefix) => {
          fc.pre(
            ![
              'year',
              'years',
              'yr',
              'yrs',
              'month',
              'months',
              'week',
              'weeks',
              'day',
              'days',
              'hour',
              'hours',
              'quarter',
              'quarters',
              'qtr',
              'qtrs',
              'mo',
              'mos',
              'wk',
              'wks',
              'd',
              'h',
              'hr',
              'hrs',
              'per',
              'pp',
              'bp',
              'permille',
              'percent',
            ].includes(word),
          );
          // Words that only look like nouns (`usd`, `yeer`) are refused, and say so.
          let u: ReturnType<typeof unit>;
          try {
            u = unit(`${prefix}${word}`);
          } catch (error) {
            expect(error).toBeInstanceOf(UnitSyntaxError);
            expect((error as Error).message).toContain('mistyped');
            return;
          }
          expect(unit(u.text)).toBe(u);
          expect(unit(`${prefix}${u.atoms.find((a) => a.kind === 'count')?.name}`)).toBe(u);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives each atom its kind, canonical name and power', () => {
    expect(unit('USD@2023/person/year').atoms).toEqual([
      { kind: 'currency', name: 'USD', power: 1, priceYear: 2023 },
      { kind: 'count', name: 'people', power: -1 },
      { kind: 'time', name: 'year', power: -1 },
    ]);
    expect(unit('1').atoms).toEqual([]);
  });

  it('gives dimensions and factors: what converts into what, and by how much', () => {
    expect([unit('USD/month').dimension, unit('USD/month').factor]).toEqual(['USD/year', 12]);
    expect([unit('%').dimension, unit('%').factor]).toEqual(['1', 0.01]);
    expect([unit('pp').dimension, unit('pp').factor]).toEqual(['1', 0.01]);
    expect([unit('permille').factor, unit('bp').factor]).toEqual([0.001, 0.0001]);
    expect(unit('week').factor).toBe(7 / 365.25);
    expect(unit('USD').dimension).not.toBe(unit('KHR').dimension);
    expect(unit('USD@2023').dimension).not.toBe(unit('USD').dimension);
    expect(unit('people').dimension).not.toBe(unit('victims').dimension);
  });

  it('validates currencies against ISO 4217', () => {
    expect(unit('KHR').atoms[0]?.kind).toBe('currency');
    expect(() => unit('XYZ')).toThrow(UnknownCurrencyError);
    expect(() => unit('USD/XYZ')).toThrowErrorMatchingInlineSnapshot(
      `[UnknownCurrencyError: unknown currency "XYZ" at position 4 in unit "USD/XYZ": use an ISO 4217 code such as USD, EUR or KHR]`,
    );
  });

  it('reports where a unit cannot be read', () => {
    const positionOf = (text: string): number => {
      try {
        unit(text);
      } catch (error) {
        if (error instanceof UnitSyntaxError) return error.position;
      }
      return -1;
    };
    expect(positionOf('USD//year')).toBe(4);
    expect(positionOf('USD/')).toBe(4);
    expect(positionOf('USD year')).toBe(4);
    expect(positionOf('5 USD')).toBe(0);
    expect(positionOf('USD^0')).toBe(3);
    expect(() => unit('')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: unit "" is empty: write a unit such as "USD/year", "people", "%" or "1"]`,
    );
    expect(() => unit('USD//year')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: unexpected "/" at position 4 in unit "USD//year": write units such as USD, year, people or % joined by "*" or "/", each with an optional ^power]`,
    );
    expect(() => unit('People')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: unknown unit "People" at position 0 in unit "People": a currency is an ISO 4217 code (USD); a count noun is lowercase ("people")]`,
    );
    expect(() => unit('USD@23')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: bad price year at position 3 in unit "USD@23": write four digits after "@", e.g. "USD@2023"]`,
    );
    expect(() => unit('year@2023')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: "@" after "year" at position 4 in unit "year@2023": only a currency can carry a price year, e.g. "USD@2023"]`,
    );
    expect(() => unit('USD^21')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: bad power at position 3 in unit "USD^21": write a non-zero integer from -20 to 20, e.g. "USD^2" or "year^-1"]`,
    );
    expect(() => unit(42 as unknown as string)).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: unit must be a Unit or a unit string such as "USD/year", got 42]`,
    );
  });

  it('only ever throws UnitSyntaxError or UnknownCurrencyError, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        try {
          unit(text);
        } catch (error) {
          expect(error instanceof UnitSyntaxError || error instanceof UnknownCurrencyError).toBe(
            true,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is frozen', () => {
    const u = unit('USD/year');
    expect(Object.isFrozen(u) && Object.isFrozen(u.atoms) && Object.isFrozen(u.atoms[0])).toBe(
      true,
    );
  });
});

describe('unit: words that only look like count nouns', () => {
  it('refuses a slip that would otherwise become a count noun, and says what was meant', () => {
    expect(() => unit('usd')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: "usd" looks like "USD" mistyped at position 0 in unit "usd": write "USD" (a lowercase word is read as a count noun only when it looks like no other unit)]`,
    );
    expect(() => unit('USD/yeer')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: "yeer" looks like "year" mistyped at position 4 in unit "USD/yeer": write "year" (a lowercase word is read as a count noun only when it looks like no other unit)]`,
    );
    expect(() => unit('dollars/month')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: "dollars" looks like "USD" mistyped at position 0 in unit "dollars/month": write "USD" (a lowercase word is read as a count noun only when it looks like no other unit)]`,
    );
    expect(() => unit('USD per annum')).toThrowError(UnitSyntaxError);
  });

  it('still reads real count nouns, including ones near a time word', () => {
    expect(String(unit('tours/year'))).toBe('tours/year');
    expect(String(unit('victims/compound'))).toBe('victims/compound');
  });
});

describe('unit: the power cap applies to the powers added up', () => {
  const positionOf = (text: string): number => {
    try {
      unit(text);
    } catch (error) {
      if (error instanceof UnitSyntaxError) return error.position;
    }
    return -1;
  };

  it('refuses at the last atom of a kind whose powers pass 20, whatever its spelling', () => {
    expect(positionOf('USD^11*USD^10')).toBe(7);
    expect(positionOf('USD/hour^20/hr')).toBe(12);
    expect(positionOf('people^15*person^6')).toBe(10);
    expect(() => unit('USD^11*USD^10')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: the powers of "USD" add up to 21 at position 7 in unit "USD^11*USD^10": the powers of one unit, added up, must lie from -20 to 20, e.g. "USD/hour^2"]`,
    );
  });

  it('adds up each atom on its own: price years and kinds are separate atoms', () => {
    expect(unit('USD@2020^20*USD@2021^20').text).toBe('USD@2020^20*USD@2021^20');
    expect(unit('USD^20*USD@2020^20').text).toBe('USD^20*USD@2020^20');
    expect(unit('hour^20*day^20').text).toBe('day^20*hour^20');
    expect(unit('USD^20/USD^20*USD^20').text).toBe('USD^20');
  });
});
