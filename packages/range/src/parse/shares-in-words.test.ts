import { describe, expect, it } from 'vitest';
import { rangeToJSON } from '../json';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * Shares written in words ("a third of", "one in five", "4 in every 1,000") and the look-alikes
 * that are not shares: time ("half an hour"), ordinals, counts ("two of three") and years
 * ("one in 2020"). Each expected value is the share as an editor reads it.
 */
const read = (phrase: string) => rangeToJSON(parseRange(phrase));
const found = (text: string) =>
  extractRanges(text).map((f) => [f.text, rangeToJSON(f.range), f.context?.base]);

describe('a fraction in words is a share where it stands for one', () => {
  it('reads a fraction after "rose by" at the end of a sentence as a rise of a third', () => {
    expect(read('The price rose by a third.')).toEqual({
      low: 1 / 3,
      high: 1 / 3,
      unit: '1',
      change: 'rise',
    });
  });

  it('reads "over a third" as more than a third', () => {
    expect(read('over a third')).toEqual({
      low: 1 / 3,
      high: null,
      lowInclusive: false,
      unit: '1',
      qualifier: 'more-than',
    });
  });

  it.each<[string, number]>([
    // Hyphenated or with a numerator above one, a fraction is a share before any noun.
    ['a one-third stake', 1 / 3],
    ['a two thirds majority', 2 / 3],
    // At the end of a sentence "a third" is a share too.
    ['Turnout was a third.', 1 / 3],
  ])('reads "%s" as a share of %d', (phrase, value) => {
    expect(read(phrase)).toEqual({ low: value, high: value, unit: '1' });
  });

  it('reads "in half the cases" as a half of the cases, not as a date after "in"', () => {
    expect(found('in half the cases')).toEqual([
      ['half the cases', { low: 0.5, high: 0.5, unit: '1' }, 'the cases'],
    ]);
  });

  it.each(['two halves of the match', 'three thirds of the budget'])(
    'does not read "%s" as a fraction of a whole: a fraction is less than one',
    (text) => {
      expect(extractRanges(text).map((f) => String(f.range.unit))).not.toContain('1');
    },
  );

  it('reads "rose by a third" before more words as a rise of a third', () => {
    expect(found('rose by a third last year')).toEqual([
      ['rose by a third', { low: 1 / 3, high: 1 / 3, unit: '1', change: 'rise' }, undefined],
    ]);
  });

  it('reads "a quarter point" at the end of a sentence as a quarter of a percentage point', () => {
    expect(read('cut by a quarter point.')).toEqual({
      low: -0.25,
      high: -0.25,
      unit: 'pp',
      change: 'fall',
    });
  });

  it('reads "a third of the points" as a third, not as percentage points', () => {
    expect(read('a third of the points')).toEqual({ low: 1 / 3, high: 1 / 3, unit: '1' });
  });

  it('reads "about a third" with a third as its central value', () => {
    expect(read('about a third')).toEqual({
      low: 1 / 3,
      high: 1 / 3,
      unit: '1',
      central: 1 / 3,
      qualifier: 'approx',
    });
  });

  it('reads "nearly half" as up to a half, from half a unit of its one figure below', () => {
    expect(read('nearly half')).toEqual({
      low: 0.45,
      high: 0.5,
      highInclusive: false,
      unit: '1',
      central: 0.5,
      qualifier: 'approx',
      sigFigs: 1,
    });
  });

  it('reads no fraction in an ordinal that names a quarter of the year', () => {
    expect(found("Apple's third-quarter revenue")).toEqual([]);
  });

  it('reads "half the budget" as a half', () => {
    expect(read('half the budget')).toEqual({ low: 0.5, high: 0.5, unit: '1' });
  });

  it.each([
    // Time, not a share, even after a comparative.
    'half an hour later',
    'over half an hour',
    // "half" before a noun is an adjective.
    'These are half measures',
    'each half of the year',
    'the other half of the budget',
    // Number and denominator disagree: "a thirds", "two third" are no fractions to guess at.
    'a thirds of voters',
    'two third of voters',
  ])('finds no share in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('"N in M" is a part of a whole', () => {
  it.each<[string, number, string]>([
    // Per ten or per hundred a percentage, per thousand a per mille, otherwise the ratio.
    ['1.1 in 10', 11, '%'],
    ['3 in 100', 3, '%'],
    ['six in 1,000', 6, 'permille'],
    ['3 in 200 households', 0.015, '1'],
    ['0 in 10', 0, '%'],
    // The whole is a share too.
    ['10 in 10', 100, '%'],
    ['ten out of ten', 100, '%'],
    // Plain "of" before the group counted.
    ['8 of 100 Filipinos', 8, '%'],
  ])('%s is %d %s', (phrase, value, unit) => {
    expect(read(phrase)).toEqual({ low: value, high: value, unit });
  });

  it('reads number words before "out of" a number', () => {
    expect(found('twenty-five out of 100 people')).toEqual([
      ['twenty-five out of 100 people', { low: 25, high: 25, unit: '%' }, 'people'],
    ]);
  });

  it('does not join two figures across a comma into a rate', () => {
    expect(extractRanges('five people, 1,000 more').map((f) => f.text)).toEqual([
      'five people',
      '1,000',
    ]);
  });

  it('records the group a share is counted in', () => {
    expect(found('3 in 200 households')).toEqual([
      ['3 in 200 households', { low: 0.015, high: 0.015, unit: '1' }, 'households'],
    ]);
  });

  it.each([
    // A year after "in" is a date: "one, in 2020".
    'one in 2020',
    // A part cannot be more than its whole.
    'six in five',
    // Plain "of" makes a share only before the group counted; alone it is a count.
    'two of three',
  ])('finds no share in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('"N per M" is a rate per a round number', () => {
  it.each<[string, number, string]>([
    ['5 per 100', 5, '%'],
    ['5 per thousand', 5, 'permille'],
    ['five per thousand', 5, 'permille'],
    ['3 per million', 3e-6, '1'],
    ['2.1/1000', 2.1, 'permille'],
    ['12 deaths/1,000', 12, 'permille'],
  ])('%s is %d %s', (phrase, value, unit) => {
    expect(read(phrase)).toEqual({ low: value, high: value, unit });
  });
});

describe('a fraction word hyphened to the noun after it', () => {
  // An editor reads "a half-day strike" as a kind of strike: there is no figure in it.
  it.each(['a half-day strike', 'a half-hour show', 'a third-party vendor', 'half-day closures'])(
    '"%s" is an adjective, not a share',
    (text) => {
      expect(extractRanges(text)).toEqual([]);
    },
  );

  it('still reads "a half-point rise" as half a percentage point', () => {
    const r = parseRange('a half-point rise');
    expect([r.low, r.unit.text, r.change]).toEqual([0.5, 'pp', 'rise']);
  });
});

describe('"per hundred" in words', () => {
  // An editor reads "5 per hundred" as "5 per 100": five percent.
  it('reads "5 per hundred" as 5%, as "5 per 100"', () => {
    expect(read('5 per hundred')).toEqual({ low: 5, high: 5, unit: '%' });
    expect(read('5 per hundred')).toEqual(read('5 per 100'));
  });
});

describe('number words joined by "and" before "in every"', () => {
  // An editor reads "one hundred and five in every 1,000" as 105 per thousand.
  it('reads "one hundred and five in every 1,000" as 105‰', () => {
    const all = extractRanges('one hundred and five in every 1,000');
    expect(all.map((f) => [f.text, rangeToJSON(f.range)])).toEqual([
      ['one hundred and five in every 1,000', { low: 105, high: 105, unit: 'permille' }],
    ]);
  });
});

describe('a scale word alone after "in every"', () => {
  // An editor reads "in every thousand" as "in every 1,000", as "per thousand" is "per 1,000";
  // "250" alone would drop what it is a share of.
  it.each<[string, number, string]>([
    ['two hundred and fifty in every thousand', 250, 'permille'],
    ['250 in every thousand', 250, 'permille'],
    ['three in every hundred', 3, '%'],
    ['one out of every hundred', 1, '%'],
    ['one in every million', 1e-6, '1'],
  ])('%s is %d %s, as with the number in digits', (phrase, value, unit) => {
    expect(read(phrase)).toEqual({ low: value, high: value, unit });
    const power = { hundred: '100', thousand: '1,000', million: '1,000,000' } as const;
    const digits = phrase.replace(
      /(hundred|thousand|million)$/,
      (word) => power[word as keyof typeof power],
    );
    expect(read(phrase)).toEqual(read(digits));
  });
});
