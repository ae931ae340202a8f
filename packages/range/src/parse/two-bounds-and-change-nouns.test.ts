import { describe, expect, it } from 'vitest';
import { rangeToJSON } from '../json';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * A range stated as two bounds ("above 1,000 and below 1,500"), which must be a lower and an
 * upper bound on single figures in one unit; and a change named by a noun ("a sharp fall of
 * 5%", "a 5% year-on-year fall"), with its modifiers between.
 */
const read = (phrase: string) => rangeToJSON(parseRange(phrase));
const texts = (text: string) => extractRanges(text).map((f) => f.text);

describe('two bounds make one range', () => {
  it.each(['above 1,000, below 1,500', 'above 1,000 but below 1,500'])('%s', (phrase) => {
    expect(read(phrase)).toEqual({
      low: 1000,
      high: 1500,
      lowInclusive: false,
      highInclusive: false,
      unit: '1',
      sigFigs: 2,
    });
  });

  it('reads the upper bound first', () => {
    expect(read('no more than 50 and no less than 20')).toEqual({
      low: 20,
      high: 50,
      unit: '1',
      sigFigs: 2,
    });
  });

  it('takes the unit written on one bound for both', () => {
    expect(read('above $5 and below 10')).toMatchObject({ low: 5, high: 10, unit: 'USD' });
    expect(read('above 5% and below 10')).toMatchObject({ low: 5, high: 10, unit: '%' });
  });

  it.each<[string, string[]]>([
    // Two currencies, or two ratio units: two figures.
    ['above $1,000 and below \u20ac1,500', ['above $1,000', 'below \u20ac1,500']],
    ['above 5% and below 10 pp', ['above 5%', 'below 10 pp']],
    // Two lower bounds.
    ['above 1,000 and above 1,500', ['above 1,000', 'above 1,500']],
    // A bound on a range is no single figure.
    ['above 5 to 7 and below 10', ['above 5 to 7', 'below 10']],
    ['above 5 and below 7 to 9', ['above 5', 'below 7 to 9']],
  ])('keeps %s apart', (text, figures) => {
    expect(texts(text)).toEqual(figures);
  });
});

describe('a change named by a noun', () => {
  const fall = { low: -5, high: -5, unit: '%', sigFigs: 1, change: 'fall' };

  it.each([
    'a sharp fall of 5%',
    'a very sharp and sudden fall of 5%',
    'a 5% year-on-year fall',
    'a 5% sharp sudden deep long slow fall',
    'the 5% fall',
  ])('%s', (phrase) => {
    expect(read(phrase)).toEqual(fall);
  });
});

describe('how far a change noun reaches', () => {
  /** Each hit's text, and its change. */
  const hits = (text: string) => extractRanges(text).map((f) => [f.text, f.range.change]);

  it.each<[string, string]>([
    ['Exports saw a sharp fall of 5% in May.', 'a sharp fall of 5%'],
    ['an unexpected rise of 3% this year', 'an unexpected rise of 3%'],
    ['a year-on-year rise of 13.9 percent, it said', 'a year-on-year rise of 13.9 percent'],
    // Five words between the article and the noun, the most it reaches across.
    ['a really very big sharp sudden fall of 5%', 'a really very big sharp sudden fall of 5%'],
  ])(
    'a change noun before "of" takes its article and modifiers into the phrase: %s',
    (text, phrase) => {
      expect(texts(text)).toEqual([phrase]);
    },
  );

  it.each<[string, string]>([
    // Six words between: too far to be the same noun phrase.
    ['a really very big sharp and sudden fall of 5%', 'fall of 5%'],
    // Anything but a word or a hyphen ends the modifiers.
    ['a sharp, fall of 5%', 'fall of 5%'],
  ])('stops where the modifiers end: %s', (text, phrase) => {
    expect(hits(text)).toEqual([[phrase, 'fall']]);
  });

  it.each<[string, string, 'rise' | 'fall']>([
    ['$60 billion a year increase in spending', '$60 billion a year increase', 'rise'],
    ['an 8% year-on-year increase', '8% year-on-year increase', 'rise'],
    ['a 5% really very big sharp sudden rise', '5% really very big sharp sudden rise', 'rise'],
  ])('a change noun after the figure: %s', (text, phrase, change) => {
    expect(hits(text)).toEqual([[phrase, change]]);
  });

  it.each<[string, string]>([
    // Past five modifiers, a comma, or a word that joins or starts another phrase, the noun
    // after is not the figure's change.
    ['a 5% really very big sharp and sudden rise', '5%'],
    ['an 8% stake, decline seen', '8%'],
    ['a 5% share of the decline', '5%'],
    ['a 5% and growing rise', '5%'],
    // Without an article before the figure, no modifier stands between it and its change.
    ['at 5% year-on-year growth', '5%'],
  ])('is no change past its reach: %s', (text, phrase) => {
    expect(hits(text)).toEqual([[phrase, undefined]]);
  });
});
