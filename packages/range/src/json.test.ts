import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equals } from './compare/equals';
import { InvalidRangeError, UnitSyntaxError } from './errors';
import { rangeFromJSON, rangeToJSON } from './json';
import { range } from './range';
import { rangeIn } from './testing/arbitraries';

describe('range JSON', () => {
  it('round-trips: rangeFromJSON(rangeToJSON(r)) equals r', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('USD/year', 'people', '%', 'USD@2023/person/year', '1'),
        fc.nat(),
        (u, seed) => {
          const [r] = fc.sample(rangeIn(u, { metadata: true }), { seed, numRuns: 1 });
          if (r === undefined) return;
          const back = rangeFromJSON(rangeToJSON(r));
          expect(equals(back, r)).toBe(true);
          expect(back).toEqual(r);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('round-trips through JSON text: rangeFromJSON(JSON.parse(JSON.stringify(r))) equals r', () => {
    fc.assert(
      fc.property(rangeIn('USD/year', { metadata: true }), (r) => {
        expect(equals(rangeFromJSON(JSON.parse(JSON.stringify(r))), r)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('writes null for open bounds and only the fields that are not defaults', () => {
    expect(rangeToJSON(range(12.5e9, 19e9, 'USD/year'))).toEqual({
      low: 12.5e9,
      high: 19e9,
      unit: 'USD/year',
    });
    expect(
      rangeToJSON(
        range(350000, Infinity, 'people', {
          lowInclusive: false,
          qualifier: 'more-than',
          sigFigs: 2,
        }),
      ),
    ).toEqual({
      low: 350000,
      high: null,
      unit: 'people',
      lowInclusive: false,
      qualifier: 'more-than',
      sigFigs: 2,
    });
    expect(
      rangeToJSON(range(1, 2, '1', { meaning: { kind: 'interval', level: 0.9 }, central: 1.5 })),
    ).toEqual({
      low: 1,
      high: 2,
      unit: '1',
      central: 1.5,
      meaning: { kind: 'interval', level: 0.9 },
    });
  });

  it('refuses malformed JSON, naming the field', () => {
    const fieldOf = (json: unknown): string | undefined => {
      try {
        rangeFromJSON(json);
      } catch (error) {
        if (error instanceof InvalidRangeError) return error.field ?? '(none)';
      }
      return 'no error';
    };
    expect(fieldOf({ low: 1, high: 2 })).toBe('unit');
    expect(fieldOf({ low: 1, unit: 'USD' })).toBe('high');
    expect(fieldOf({ low: '1', high: 2, unit: 'USD' })).toBe('low');
    expect(fieldOf({ low: 1, high: Infinity, unit: 'USD' })).toBe('high');
    expect(fieldOf({ low: 1, high: 2, unit: 'USD//year' })).toBe('unit');
    expect(fieldOf({ low: 1, high: 2, unit: 'USD', hihg: 3 })).toBe('hihg');
    expect(fieldOf({ low: 3, high: 2, unit: 'USD' })).toBe('low');
    expect(fieldOf({ low: 1, high: 2, unit: 'USD', lowInclusive: 'yes' })).toBe('lowInclusive');
    expect(fieldOf({ low: null, high: 2, unit: 'USD', lowInclusive: true })).toBe('lowInclusive');
    expect(fieldOf({ low: 1, high: 2, unit: 'USD', meaning: { kind: 'interval' } })).toBe(
      'meaning.level',
    );
    expect(fieldOf({ low: 1, high: 2, unit: 'USD', meaning: { kind: 'bounds', level: 0.9 } })).toBe(
      'meaning.level',
    );
    expect(fieldOf([1, 2])).toBe('(none)');
    expect(fieldOf(null)).toBe('(none)');
  });

  it('keeps the unit error as the cause', () => {
    try {
      rangeFromJSON({ low: 1, high: 2, unit: 'USD//year' });
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(UnitSyntaxError);
    }
    expect(() =>
      rangeFromJSON({ low: 1, high: 2, unit: 'USD//year' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: range JSON field "unit": unexpected "/" at position 4 in unit "USD//year": write units such as USD, year, people or % joined by "*" or "/", each with an optional ^power]`,
    );
    expect(() =>
      rangeFromJSON({ low: 1, high: 2, unit: 'USD', hihg: 3 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: range JSON has an unknown field "hihg": expected low, high, unit, lowInclusive, highInclusive, central, qualifier, meaning, sigFigs, change]`,
    );
    expect(() => rangeFromJSON('12.5 to 19')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: range JSON must be an object like { "low": 12.5e9, "high": 19e9, "unit": "USD/year" }, got the string "12.5 to 19"]`,
    );
  });
});

describe('range JSON messages', () => {
  it('says which field is missing, before reading any', () => {
    expect(() => rangeFromJSON({ high: 2, unit: 'USD' })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: range JSON is missing the field "low"]`,
    );
    expect(() => rangeFromJSON({ low: 1, unit: 'USD' })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: range JSON is missing the field "high"]`,
    );
    expect(() => rangeFromJSON({ low: 1, high: 2 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: range JSON is missing the field "unit"]`,
    );
  });

  it('says what a bound must be, naming the JSON field', () => {
    expect(() =>
      rangeFromJSON({ low: '1', high: 2, unit: 'USD' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: range JSON field "low" must be a finite number, or null for an open bound, got the string "1"]`,
    );
    expect(() =>
      rangeFromJSON({ low: 1, high: Infinity, unit: 'USD' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: range JSON field "high" must be a finite number, or null for an open bound, got Infinity]`,
    );
  });

  it('says what the unit must be when it is not a string', () => {
    const read = () => rangeFromJSON({ low: 1, high: 2, unit: 5 });
    expect(read).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: range JSON field "unit" must be a unit string such as "USD/year", got 5]`,
    );
    expect(read).toThrow(expect.objectContaining({ field: 'unit' }));
  });
});

describe('range JSON change', () => {
  it('reads a stated change and writes it back', () => {
    const json = { low: 2.5, high: 2.7, unit: '%', change: 'fall' };
    expect(rangeFromJSON(json).change).toBe('fall');
    expect(rangeToJSON(rangeFromJSON(json))).toEqual(json);
    expect('change' in rangeFromJSON({ low: 2.5, high: 2.7, unit: '%' })).toBe(false);
  });
});
