import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnitSyntaxError, UnknownCurrencyError } from '../errors';
import { unit } from './unit';
import { atomKindOf, unitOfWords } from './unit-of-words';

/** Words of every kind the parser hands over, and some `unit()` refuses. */
const WORDS = [
  'USD',
  'KHR',
  'EUR',
  '%',
  'pp',
  'permille',
  'bp',
  '1',
  'people',
  'person',
  'victims',
  'worker',
  'man-hours',
  'year',
  'yrs',
  'month',
  'hr',
  'd',
  'ds',
  'yeer',
  'usd',
  'dollars',
  'ars',
  'per',
  'Workers',
  'XYZ',
  'covid-19',
  'km2',
  '',
];

/** What `unit()` gives for a text: the unit, or the class and message of its error. */
function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return error instanceof Error ? [error.constructor.name, error.message] : error;
  }
}

describe('unitOfWords', () => {
  it('gives the unit unit() reads from the words joined by "/": unitOfWords(top, per) === unit(top + "/" + per joined by "/")', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WORDS.filter((w) => w !== '')),
        fc.array(fc.constantFrom('year', 'month', 'worker', 'person', 'USD', 'day', 'victim'), {
          maxLength: 3,
        }),
        (top, per) => {
          const text = per.length === 0 ? top : `${top}/${per.join('/')}`;
          const expected = outcome(() => unit(text));
          const made = outcome(() => unitOfWords(top, per));
          // The same interned object when unit() reads it; an error of the same class otherwise.
          if (Array.isArray(expected)) expect(Array.isArray(made) && made[0]).toBe(expected[0]);
          else expect(made).toBe(expected);
        },
      ),
    );
  });

  it('names the word it refuses and where it stands', () => {
    expect(() => unitOfWords('USD', ['yeer'])).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: "yeer" looks like "year" mistyped at position 4 in unit "USD/yeer": write "year" (a lowercase word is read as a count noun only when it looks like no other unit)]`,
    );
    expect(() => unitOfWords('USD', ['per'])).toThrow(UnitSyntaxError);
    expect(() => unitOfWords('XYZ', [])).toThrow(UnknownCurrencyError);
    try {
      unitOfWords('USD', ['month', 'covid-19']);
      expect.unreachable('covid-19 is not a unit word');
    } catch (error) {
      expect(error).toBeInstanceOf(UnitSyntaxError);
      expect((error as UnitSyntaxError).position).toBe('USD/month/'.length);
    }
  });
});

describe('atomKindOf', () => {
  it('gives the kind of the one atom unit(word) reads, and undefined where unit(word) refuses', () => {
    for (const word of WORDS) {
      const read = outcome(() => unit(word));
      const expected =
        read !== null && typeof read === 'object' && 'atoms' in read
          ? ((read as ReturnType<typeof unit>).atoms[0]?.kind ?? 'dimensionless')
          : undefined;
      expect(atomKindOf(word), word).toBe(expected);
    }
  });
});
