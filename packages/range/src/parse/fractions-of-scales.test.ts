import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * A fraction of a scale word is an amount: "a quarter of a million people" is 250,000
 * people, never a share of 0.25 beside a million people. A whole number, "and" and a
 * fraction make one number: "five and a half million" is 5.5 million, never 5 with the
 * rest dropped. Laws: every way of writing a proper fraction in words, before every way of
 * naming the scale, reads as that part of the scale; and a whole number in digits, "and"
 * and such a fraction read as their sum, under the scale after them.
 */
const found = (text: string) =>
  extractRanges(text).map((f) => [f.text, f.range.low, f.range.high, String(f.range.unit)]);

const UNIT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const DENOMINATORS: readonly (readonly [number, string])[] = [
  [2, 'half'],
  [3, 'third'],
  [4, 'quarter'],
  [5, 'fifth'],
  [6, 'sixth'],
  [8, 'eighth'],
  [10, 'tenth'],
];
const SCALES: readonly (readonly [string, number])[] = [
  ['thousand', 3],
  ['lakh', 5],
  ['million', 6],
  ['crore', 7],
  ['billion', 9],
  ['trillion', 12],
];

/** A proper fraction in words, as English writes it, with its value. */
const fraction = fc.constantFrom(...DENOMINATORS).chain(([denominator, word]) =>
  fc.integer({ min: 1, max: denominator - 1 }).chain((numerator) => {
    const forms =
      numerator === 1
        ? denominator === 2
          ? ['half', 'a half', 'one half']
          : [`a ${word}`, `one ${word}`, `one-${word}`]
        : [`${UNIT_WORDS[numerator]} ${word}s`, `${UNIT_WORDS[numerator]}-${word}s`];
    return fc.constantFrom(...forms).map((text) => ({ text, value: numerator / denominator }));
  }),
);

const close = (actual: number | null, expected: number) =>
  actual !== null && Math.abs(actual - expected) <= 1e-12 * expected;

describe('a fraction of a scale', () => {
  it('reads each way of writing it as that part of the scale', () => {
    fc.assert(
      fc.property(
        fraction,
        fc.constantFrom(...SCALES),
        fc.constantFrom('of a', 'a', ''),
        (part, [scale, exponent], of) => {
          // "half million" and "a half million" are English; "one-third a million" is not.
          fc.pre(of !== 'a' || part.text.startsWith('half') || part.text.startsWith('a '));
          const text = `${part.text} ${of} ${scale} people`.replace('  ', ' ');
          const [reading, ...rest] = extractRanges(text);
          expect(rest, text).toEqual([]);
          expect(reading?.text, text).toBe(text);
          expect(close(reading?.range.low ?? null, part.value * 10 ** exponent), text).toBe(true);
          expect(reading?.range.low, text).toBe(reading?.range.high);
          expect(String(reading?.range.unit), text).toBe('people');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each<[string, string, number, string]>([
    [
      'Hard Numbers: A Quarter of a Billion People Far From Home',
      'A Quarter of a Billion People',
      250e6,
      'people',
    ],
    ['a quarter-million people', 'a quarter-million people', 250e3, 'people'],
    ['a half-million refugees', 'a half-million refugees', 500e3, 'refugees'],
    ['three-quarters of a million people', 'three-quarters of a million people', 750e3, 'people'],
    ['a tenth of a billion dollars', 'a tenth of a billion dollars', 100e6, 'USD'],
    ['half a dozen eggs', 'half a dozen eggs', 6, 'eggs'],
    ['half a hundred people', 'half a hundred people', 50, 'people'],
  ])('reads %s', (text, phrase, value, unit) => {
    expect(found(text)).toEqual([[phrase, value, value, unit]]);
  });

  it('keeps a fraction of a point, or of a thing, a share or nothing', () => {
    expect(found('rates rose by half a percentage point')).toEqual([
      ['rose by half a percentage point', 0.5, 0.5, 'pp'],
    ]);
    expect(found('two-thirds of respondents')).toEqual([['two-thirds', 2 / 3, 2 / 3, '1']]);
    expect(found('half an hour later, a third of the budget')).toEqual([
      ['a third', 1 / 3, 1 / 3, '1'],
    ]);
  });

  it('reads the figure a qualifier puts on it', () => {
    expect(
      found('Profits from forced labour at nearly one-quarter of a trillion dollars: ILO'),
    ).toEqual([['nearly one-quarter of a trillion dollars', 245e9, 250e9, 'USD']]);
    const [yearly] = extractRanges('almost a quarter-trillion dollars a year in illegal profits');
    expect([yearly?.text, yearly?.range.high, String(yearly?.range.unit)]).toEqual([
      'almost a quarter-trillion dollars a year',
      250e9,
      'USD/year',
    ]);
  });
});

describe('a whole number and a fraction', () => {
  it('reads digits, "and" and a fraction as their sum, under the scale after them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fraction.filter((part) => !part.text.startsWith('one')),
        fc.constantFrom(...SCALES),
        (whole, part, [scale, exponent]) => {
          const text = `${whole} and ${part.text} ${scale} people`;
          const [reading, ...rest] = extractRanges(text);
          expect(rest, text).toEqual([]);
          expect(reading?.text, text).toBe(text);
          const value = (whole + part.value) * 10 ** exponent;
          expect(close(reading?.range.low ?? null, value), text).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each<[string, string, number, string]>([
    [
      'They estimate that almost five and a half million people were killed',
      'almost five and a half million people',
      5.5e6,
      'people',
    ],
    ['one and a half billion dollars', 'one and a half billion dollars', 1.5e9, 'USD'],
    [
      'twenty-one and a half thousand people',
      'twenty-one and a half thousand people',
      21_500,
      'people',
    ],
    ['During 2 and a half years, prices rose', '2 and a half years', 2.5, 'year'],
  ])('reads %s', (text, phrase, value, unit) => {
    const [reading] = extractRanges(text);
    expect([reading?.text, reading?.range.high, String(reading?.range.unit)]).toEqual([
      phrase,
      value,
      unit,
    ]);
  });

  it('refuses "between" a number and a fraction, which may be one number or a range', () => {
    const text = 'between two and a half million people';
    expect(found(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(
      '"between two and a half million" at offset 0 in "between two and a half million people" may join a whole number and a fraction',
    );
    expect(found('between two and three million people')).toEqual([
      ['between two and three million people', 2e6, 3e6, 'people'],
    ]);
  });
});
