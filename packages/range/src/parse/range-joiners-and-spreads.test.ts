import { describe, expect, it } from 'vitest';
import { readSpans } from '../../test-support/read-spans';
import { RangeParseError } from '../errors';
import { rangeToJSON } from '../json';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * How the two ends of a range are joined ("through", "~", a dash after "between") and how a
 * spread is written ("+/-", "plus or minus"); which words join nothing ("between 5 or 7",
 * "from 5 and 7"); and what a vague magnitude counts ("tens of thousands of dollars").
 */
const read = (phrase: string) => rangeToJSON(parseRange(phrase));
const texts = (text: string) => extractRanges(text).map((f) => f.text);

describe('joiners', () => {
  const dashes = ['-', '\u2013', '\u2014', '\u2012', '\u2010', '\u2011', '\u2212'];

  it.each(dashes)('joins the ends of a range with the dash "%s"', (dash) => {
    expect(texts(`between 5${dash}7 people`)).toEqual([`between 5${dash}7 people`]);
    expect(read(`5${dash}7 people`)).toMatchObject({ low: 5, high: 7, unit: 'people' });
  });

  it('makes a compound adjective only with a hyphen proper, not with a longer dash', () => {
    const hyphens = new Set(['-', '\u2010', '\u2011']);
    for (const dash of dashes) {
      expect(texts(`a 5${dash}year plan`), dash).toEqual(hyphens.has(dash) ? [] : ['5']);
    }
  });

  it('reads a dash after a closing "%" as joining, not as the sign of the next end', () => {
    expect(read('5%-7%')).toMatchObject({ low: 5, high: 7, unit: '%' });
  });

  it.each(['5 through 7', '5 thru 7', '5~7', '5\u301c7', '5\uff5e7', 'between 5 - 7'])(
    '%s is 5 to 7',
    (phrase) => {
      expect(read(phrase)).toEqual({ low: 5, high: 7, unit: '1', sigFigs: 1 });
    },
  );

  it('orders two negative ends by value', () => {
    expect(read('minus 5% to minus 8%')).toEqual({ low: -8, high: -5, unit: '%', sigFigs: 1 });
  });

  it('reads a sign on either end after "between" or "from"', () => {
    expect(read('between -5 and 5%')).toEqual({ low: -5, high: 5, unit: '%', sigFigs: 1 });
    expect(read('from -5% to -3%')).toEqual({ low: -5, high: -3, unit: '%', sigFigs: 1 });
    expect(read('between \u22125% and \u22123%')).toMatchObject({ low: -5, high: -3 });
  });

  it('reads a high end in words that holds "and"', () => {
    expect(texts('between two hundred and three hundred and fifty people')).toEqual([
      'between two hundred and three hundred and fifty people',
    ]);
    expect(read('two hundred to three hundred and fifty people')).toMatchObject({
      low: 200,
      high: 350,
      unit: 'people',
    });
  });

  it('takes a wave dash for "to" even when the ends are equal: only a dash makes a score', () => {
    expect(readSpans('5~5')).toEqual([['5~5', '5']]);
    expect(() => parseRange('5-5')).toThrow('joins two figures with a dash that make no range');
  });

  it('shares a scale written on the high end only when the ends stay in order', () => {
    expect(read('between $50 and 75 billion')).toMatchObject({ low: 50e9, high: 75e9 });
    expect(read('500 to 1 million')).toMatchObject({ low: 500, high: 1e6 });
  });

  it.each<[string, string[]]>([
    ['between 5 but 7', ['5', '7']],
    ['from 5 and 7', ['5', '7']],
    // A range runs upward.
    ['from 5 to 3', ['5', '3']],
    // A positive end above a negative one: not ordered, and not reordered.
    ['between 5% and -3%', ['5%', '-3%']],
    // A bare year does not range to a count.
    ['between 2019 and 5000 cases', ['5000 cases']],
    // Different units at the two ends.
    ['$5 to 7%', ['$5', '7%']],
    ['between $5 and \u20ac7', ['$5', '\u20ac7']],
    ['5% to 7 pp', ['5%', '7 pp']],
    // A currency after the low end only: "to" names whom the money goes to.
    ['hands 10,000 baht to 45 million people', ['10,000 baht', '45 million people']],
    ['pays 500 rupees to 20 families', ['500 rupees', '20 families']],
  ])('joins nothing in %s', (text, figures) => {
    expect(texts(text)).toEqual(figures);
  });

  it.each<[string, string]>([
    ['from 5,000 baht to 10,000', 'from 5,000 baht to 10,000'],
    ['between 10,000 rupees and 20,000', 'between 10,000 rupees and 20,000'],
    ['$5 to 10 billion', '$5 to 10 billion'],
    ['RM40 to 50 million', 'RM40 to 50 million'],
    ['5 to 10 million baht', '5 to 10 million baht'],
  ])(
    'still joins %s: a currency before the number, on the high end, or after "from"',
    (text, span) => {
      expect(texts(text)).toEqual([span]);
    },
  );

  it('reads a change then its new level when the second figure is far above the first', () => {
    expect(texts('fell 7,750 to 297,000')).toEqual(['fell 7,750', '297,000']);
    expect(read('dropped 3 to 5 percent')).toEqual({
      low: -5,
      high: -3,
      unit: '%',
      sigFigs: 1,
      change: 'fall',
    });
  });
});

describe('spreads', () => {
  it.each<[string, number, number, number, string]>([
    ['1.2 +/- 0.1 million', 1.1e6, 1.3e6, 1.2e6, '1'],
    ['60% plus or minus 3%', 57, 63, 60, '%'],
    ['15 +/\u2212 5', 10, 20, 15, '1'],
    ['15 \u00b1 5 million', 10e6, 20e6, 15e6, '1'],
  ])('%s', (phrase, low, high, central, unit) => {
    expect(read(phrase)).toEqual({
      low,
      high,
      unit,
      central,
      meaning: { kind: 'plus-minus' },
      sigFigs: 2,
    });
  });

  it('keeps the scale written on the centre when the spread has none', () => {
    expect(read('1.2 million \u00b1 100,000')).toMatchObject({
      low: 1.1e6,
      high: 1.3e6,
      central: 1.2e6,
    });
  });

  it('reads a spread in words that holds "and"', () => {
    expect(read('2,000 \u00b1 two hundred and fifty')).toMatchObject({
      low: 1750,
      high: 2250,
      central: 2000,
    });
  });

  it('refuses a signed spread, and a spread in another currency', () => {
    for (const phrase of ['15 \u00b1 -5', '$15 \u00b1 \u20ac5']) {
      expect(() => parseRange(phrase), phrase).toThrow(RangeParseError);
      expect(() => parseRange(phrase), phrase).toThrow('is not followed by a readable spread');
    }
  });
});

describe('vague magnitudes', () => {
  it.each<[string, number, string]>([
    ['tens of thousands of dollars', 1e4, 'USD'],
    ['tens of thousands of KHR', 1e4, 'KHR'],
    ['tens of thousands of victims', 1e4, 'victims'],
    ['hundreds of millions of dollars', 1e8, 'USD'],
  ])('%s', (phrase, low, unit) => {
    expect(read(phrase)).toEqual({
      low,
      high: 10 * low,
      highInclusive: false,
      unit,
      qualifier: 'vague',
    });
  });

  it('ends its span after what it counts, and before a word that is no unit', () => {
    expect(readSpans('tens of thousands of KHR were lost')).toEqual([
      ['tens of thousands of KHR', 'tens of thousands of riel'],
    ]);
    expect(readSpans('tens of thousands of victims fled')).toEqual([
      ['tens of thousands of victims', 'tens of thousands of victims'],
    ]);
    expect(readSpans('tens of thousands of the poor')).toEqual([
      ['tens of thousands', 'tens of thousands'],
    ]);
    // "person" of "person-hours" is singular: it does not count the many.
    expect(readSpans('tens of thousands of person-hours')).toEqual([
      ['tens of thousands', 'tens of thousands'],
    ]);
  });
});
