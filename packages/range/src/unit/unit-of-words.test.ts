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

describe('unitOfWords: its refusals', () => {
  /** The error's class and message, as `outcome` gives them, from a call that must throw. */
  const refusal = (read: () => unknown) => {
    const made = outcome(read);
    expect(Array.isArray(made), 'a refusal').toBe(true);
    return made;
  };

  it('quotes the unit as unit() does: one word alone, or the words joined by "/"', () => {
    for (const word of ['yeer', 'Workers', 'XYZ']) {
      expect(
        refusal(() => unitOfWords(word, [])),
        word,
      ).toEqual(refusal(() => unit(word)));
    }
    expect(refusal(() => unitOfWords('USD', ['month', 'yeer']))).toEqual(
      refusal(() => unit('USD/month/yeer')),
    );
    expect(refusal(() => unitOfWords('USD', ['month', 'yeer']))).toEqual([
      'UnitSyntaxError',
      '"yeer" looks like "year" mistyped at position 10 in unit "USD/month/yeer": write "year" (a lowercase word is read as a count noun only when it looks like no other unit)',
    ]);
  });

  it('refuses a period repeated past the highest power, naming it and its power', () => {
    const years = Array<string>(21).fill('year');
    expect(() => unitOfWords('USD', years)).toThrow(UnitSyntaxError);
    expect(() => unitOfWords('USD', years)).toThrow('the powers of "year" add up to -21');
    // Twenty is the limit, not past it.
    expect(String(unitOfWords('USD', years.slice(1)))).toBe('USD/year^20');
  });

  it('refuses units whose size no double holds, with the message unit() gives', () => {
    const per = ['hour', 'bp', 'permille', 'day', 'week', 'month'].flatMap((word) =>
      Array<string>(20).fill(word),
    );
    const text = `USD/${per.join('/')}`;
    expect(refusal(() => unitOfWords('USD', per))).toEqual(refusal(() => unit(text)));
    expect(() => unitOfWords('USD', per)).toThrow(
      `unit "${text}" is too large or too small to compute with`,
    );
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
