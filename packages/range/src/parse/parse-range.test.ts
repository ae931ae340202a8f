import { describe, expect, it } from 'vitest';
import { RangeParseError, UnknownCurrencyError } from '../errors';
import { rangeToJSON } from '../json';
import type { RangeJSON } from '../json/types';
import { parseRange } from './parse-range';

/** Expected JSON, by the labelling convention, worked out by hand for each phrase. */
const cases: readonly [string, RangeJSON][] = [
  // The seed article. An integer's trailing zeros count as at least two figures: 50, 60
  // and 350,000 have 2.
  [
    'Formal estimates range from $12.5 to $19 billion per year',
    { low: 12.5e9, high: 19e9, unit: 'USD/year', sigFigs: 2 },
  ],
  ['between $50 and 75 billion', { low: 50e9, high: 75e9, unit: 'USD', sigFigs: 2 }],
  ['as much as 60% of GDP', { low: null, high: 60, unit: '%', qualifier: 'at-most', sigFigs: 2 }],
  [
    'the labour force easily exceeds 350,000 people',
    {
      low: 350000,
      high: null,
      unit: 'people',
      lowInclusive: false,
      qualifier: 'more-than',
      sigFigs: 2,
    },
  ],
  [
    'tens of thousands of victims',
    { low: 1e4, high: 1e5, unit: 'victims', highInclusive: false, qualifier: 'vague' },
  ],
  // Ranges and shared scale/currency.
  ['€3–5m', { low: 3e6, high: 5e6, unit: 'EUR', sigFigs: 1 }],
  ['two to three million', { low: 2e6, high: 3e6, unit: '1' }],
  ['500 to 1 million', { low: 500, high: 1e6, unit: '1', sigFigs: 1 }],
  ['$12.5B–$19B/yr', { low: 12.5e9, high: 19e9, unit: 'USD/year', sigFigs: 2 }],
  ['12.5-19 percent', { low: 12.5, high: 19, unit: '%', sigFigs: 2 }],
  [
    'from 40,000 to 50,000 riel a month',
    { low: 40000, high: 50000, unit: 'KHR/month', sigFigs: 2 },
  ],
  ['US$5bn', { low: 5e9, high: 5e9, unit: 'USD', sigFigs: 1 }],
  ['THB 3 million', { low: 3e6, high: 3e6, unit: 'THB', sigFigs: 1 }],
  ['3 million baht', { low: 3e6, high: 3e6, unit: 'THB', sigFigs: 1 }],
  ['¥450,000', { low: 450000, high: 450000, unit: 'JPY', sigFigs: 2 }],
  ['£8.10 million', { low: 8.1e6, high: 8.1e6, unit: 'GBP', sigFigs: 3 }],
  ['₹2 crore', { low: 2e7, high: 2e7, unit: 'INR', sigFigs: 1 }],
  ['1.15 million', { low: 1.15e6, high: 1.15e6, unit: '1', sigFigs: 3 }],
  ['$1.5tn', { low: 1.5e12, high: 1.5e12, unit: 'USD', sigFigs: 2 }],
  ['5T yen', { low: 5e12, high: 5e12, unit: 'JPY', sigFigs: 1 }],
  ['350K people', { low: 350000, high: 350000, unit: 'people', sigFigs: 2 }],
  // Comparatives.
  [
    'more than 1,000 compounds',
    {
      low: 1000,
      high: null,
      unit: 'compounds',
      lowInclusive: false,
      qualifier: 'more-than',
      sigFigs: 2,
    },
  ],
  ['at least 20', { low: 20, high: null, unit: '1', qualifier: 'at-least', sigFigs: 2 }],
  ['350,000 or more', { low: 350000, high: null, unit: '1', qualifier: 'at-least', sigFigs: 2 }],
  [
    '350,000+ workers',
    { low: 350000, high: null, unit: 'workers', qualifier: 'at-least', sigFigs: 2 },
  ],
  ['up to 60%', { low: null, high: 60, unit: '%', qualifier: 'at-most', sigFigs: 2 }],
  [
    // "nearly X": X is central and the open top; the bottom is half a unit of X's last
    // significant figure below (100,000 has two: half of 10,000 is 5,000).
    'nearly 100,000 people',
    {
      low: 95000,
      high: 100000,
      unit: 'people',
      highInclusive: false,
      central: 100000,
      qualifier: 'approx',
      sigFigs: 2,
    },
  ],
  [
    'about $3 million',
    { low: 3e6, high: 3e6, unit: 'USD', central: 3e6, qualifier: 'approx', sigFigs: 1 },
  ],
  [
    'some 350,000 people',
    { low: 350000, high: 350000, unit: 'people', central: 350000, qualifier: 'approx', sigFigs: 2 },
  ],
  ['roughly 3-5 million', { low: 3e6, high: 5e6, unit: '1', qualifier: 'approx', sigFigs: 1 }],
  [
    'above 1000 and below 1500',
    { low: 1000, high: 1500, unit: '1', lowInclusive: false, highInclusive: false, sigFigs: 2 },
  ],
  // Vague magnitudes and number words.
  [
    'dozens of compounds',
    { low: 24, high: 144, unit: 'compounds', highInclusive: false, qualifier: 'vague' },
  ],
  [
    'hundreds of millions of dollars a year',
    { low: 1e8, high: 1e9, unit: 'USD/year', highInclusive: false, qualifier: 'vague' },
  ],
  ['a dozen', { low: 12, high: 12, unit: '1' }],
  ['half a million', { low: 5e5, high: 5e5, unit: '1' }],
  ['three thousand nine hundred and sixty five', { low: 3965, high: 3965, unit: '1' }],
  ['twenty-five victims', { low: 25, high: 25, unit: 'victims' }],
  ['one person', { low: 1, high: 1, unit: 'people' }],
  // Ratios.
  ['25 basis points', { low: 25, high: 25, unit: 'bp', sigFigs: 2 }],
  ['3 percentage points', { low: 3, high: 3, unit: 'pp', sigFigs: 1 }],
  ['5‰', { low: 5, high: 5, unit: 'permille', sigFigs: 1 }],
  ['4 per cent a year', { low: 4, high: 4, unit: '%/year', sigFigs: 1 }],
  // Decreases.
  ['fell by 3-5%', { low: -5, high: -3, unit: '%', sigFigs: 1, change: 'fall' }],
  ['dropped 3 to 5 percent', { low: -5, high: -3, unit: '%', sigFigs: 1, change: 'fall' }],
  ['a decline of 2%', { low: -2, high: -2, unit: '%', sigFigs: 1, change: 'fall' }],
  ['rose by 3-5%', { low: 3, high: 5, unit: '%', sigFigs: 1, change: 'rise' }],
  // A change's size is never below zero: bounded above, it runs from no change to the bound.
  [
    'fell by as much as 5%',
    { low: -5, high: 0, unit: '%', qualifier: 'at-least', sigFigs: 1, change: 'fall' },
  ],
  [
    'rose by less than 1%',
    {
      low: 0,
      high: 1,
      highInclusive: false,
      unit: '%',
      qualifier: 'less-than',
      sigFigs: 1,
      change: 'rise',
    },
  ],
  [
    'down less than 5%',
    {
      low: -5,
      high: 0,
      lowInclusive: false,
      unit: '%',
      qualifier: 'more-than',
      sigFigs: 1,
      change: 'fall',
    },
  ],
  // Periods, and "a year" that is a date rather than a rate.
  ['$13.18 billion a year earlier', { low: 13.18e9, high: 13.18e9, unit: 'USD', sigFigs: 4 }],
  ['350,000 people annually', { low: 350000, high: 350000, unit: 'people/year', sigFigs: 2 }],
  ['$5 a day', { low: 5, high: 5, unit: 'USD/day', sigFigs: 1 }],
  // Meanings and notes.
  [
    '$10–20 million (central $15 million) (90% interval)',
    {
      low: 10e6,
      high: 20e6,
      unit: 'USD',
      central: 15e6,
      meaning: { kind: 'interval', level: 0.9 },
      sigFigs: 2,
    },
  ],
  [
    '15 ± 5 deaths',
    { low: 10, high: 20, unit: 'deaths', central: 15, meaning: { kind: 'plus-minus' }, sigFigs: 2 },
  ],
  // Negative numbers.
  ['-5 to -3%', { low: -5, high: -3, unit: '%', sigFigs: 1 }],
  ['minus five percent', { low: -5, high: -5, unit: '%' }],
  // A bare year-shaped number alone is still a number.
  ['2025', { low: 2025, high: 2025, unit: '1', sigFigs: 4 }],
];

describe('parseRange, by the labelling convention', () => {
  it.each(cases)('%s', (phrase, expected) => {
    expect(rangeToJSON(parseRange(phrase))).toEqual(expected);
  });
});

describe('parseRange options', () => {
  it('reads a bare $ and "dollars" as the currency in option dollar', () => {
    expect(String(parseRange('$5 million', { dollar: 'AUD' }).unit)).toBe('AUD');
    expect(String(parseRange('5 million dollars', { dollar: 'CAD' }).unit)).toBe('CAD');
    expect(String(parseRange('US$5 million', { dollar: 'AUD' }).unit)).toBe('USD');
  });

  it('refuses a dollar option that is not a currency code', () => {
    expect(() => parseRange('$5', { dollar: 'dollars' })).toThrow(UnknownCurrencyError);
  });
});

describe('parseRange errors', () => {
  it('says there is no quantity', () => {
    expect(() => parseRange('no numbers here')).toThrowErrorMatchingInlineSnapshot(
      `[RangeParseError: no quantity in "no numbers here": expected a number such as "$12.5 billion", "60%", "350,000 people" or "two to three million"]`,
    );
  });

  it('says where a promised number is missing', () => {
    const error = catchParse('revenue of between and');
    expect(error.offset).toBe(19);
    expect(error.message).toMatchInlineSnapshot(
      `"expected a number after "between" at offset 19 in "revenue of between and", e.g. "between $50 and 75 billion" or "more than 350,000 people""`,
    );
  });

  it('says a year is a year', () => {
    const error = catchParse('in 2025');
    expect([error.code, error.offset, error.input]).toEqual(['RANGE_PARSE', 3, 'in 2025']);
    expect(error.message).toMatch(/"2025" at offset 3 .* reads as a year, date or label/);
  });

  it('says there are several quantities, and where the second one starts', () => {
    const error = catchParse('$5 million and €7 million');
    expect(error.offset).toBe(15);
    expect(error.message).toMatchInlineSnapshot(
      `"found more than one quantity in "$5 million and €7 million": "$5 million" at offset 0 and "€7 million" at offset 15; parseRange reads one phrase, extractRanges reads every one"`,
    );
  });

  it('refuses what is not a string', () => {
    expect(() => parseRange(42 as unknown as string)).toThrow(RangeParseError);
  });
});

function catchParse(phrase: string): RangeParseError {
  try {
    parseRange(phrase);
  } catch (error) {
    if (error instanceof RangeParseError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(phrase)} to fail`);
}
