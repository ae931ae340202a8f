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
