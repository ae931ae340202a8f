import { describe, expect, it } from 'vitest';
import { rangeToJSON } from '../json';
import type { RangeJSON } from '../json/types';
import { extractRanges } from './extract-ranges';

/**
 * A number glued to a sign, a word or other numbers is usually part of a code, a name, a
 * date or a version ("#5", "5G", "1-800-555", "v1.2.3"), which an editor would never quote as
 * a quantity; a number hyphenated to its unit ("a 16.5-percent rise", "a 12-cent fee") is
 * still one.
 */
const found = (text: string) => extractRanges(text).map((f) => f.text);

describe('a number inside a code is not a quantity', () => {
  it.each([
    // A sign glued on the left.
    'item #5 of it',
    'rank @5 of it',
    'set x=5 here',
    'the x_5 term',
    'the a^5 term',
    'the a\\5 term',
    'the a|5 term',
    'the a&5 term',
    'the ab.5 term',
    'the a:5 term',
    // A word glued on the right, or a dot and a word.
    'a 5G network',
    'shares of 9984.T fell',
    'version 5.x',
    // Three numbers chained by dashes, or a phone number.
    'call 1-800-555 now',
    'call 514-1888 now',
    '3\u20135\u20137 items',
    '20-30-40 items',
    // A date, a fiscal year and a version.
    'the 1995-01 file',
    'the 2024\u201325 budget',
    'version 1.2.3',
    // A name, and a hyphenated adjective.
    'the F-16 jet',
    'a 5-year plan',
  ])('finds nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads a figure after an em dash, which is punctuation, not part of a code', () => {
    expect(found('the people\u20147% of them')).toEqual(['7%']);
  });

  it('reads two round numbers across a hyphen as a range, not a phone number', () => {
    const [range] = extractRanges('between 514-1500 people');
    expect(range && rangeToJSON(range.range)).toMatchObject({ low: 514, high: 1500 });
  });
});

describe('a unit hyphenated to its number keeps it a quantity', () => {
  it.each<[string, string, RangeJSON]>([
    [
      'a 122.3-trillion-yen budget',
      '122.3-trillion-yen',
      { low: 122.3e12, high: 122.3e12, unit: 'JPY', sigFigs: 4 },
    ],
    ['a 12-cent fee', '12-cent', { low: 0.12, high: 0.12, unit: 'USD', sigFigs: 2 }],
    ['a 10-cents fee', '10-cents', { low: 0.1, high: 0.1, unit: 'USD', sigFigs: 2 }],
    ['a 5-THB fee', '5-THB', { low: 5, high: 5, unit: 'THB', sigFigs: 1 }],
    ['a 3-lakh loan', '3-lakh', { low: 3e5, high: 3e5, unit: '1', sigFigs: 1 }],
  ])('%s', (text, phrase, expected) => {
    const [first] = extractRanges(text);
    expect(first?.text).toBe(phrase);
    expect(first && rangeToJSON(first.range)).toEqual(expected);
  });
});
