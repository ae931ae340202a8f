import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { RangeParseError } from '../errors';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

describe('numbers side by side with only a space between', () => {
  it.each([
    ['About 1 800 000 people live there.', '1 800 000'],
    ['The budget is 12 500 000 riels.', '12 500 000'],
    ['Call the hotline on 1800 123 456 for help.', '1800 123 456'],
    ['Call 023 456 789.', '023 456 789'],
    ['Dial +855 23 123 456 for the embassy.', '855 23 123 456'],
    ['A thin space: 1\u2009800\u2009000 people.', '1\u2009800\u2009000'],
    ['A no-break space: 1\u00a0800 people.', '1\u00a0800'],
  ])('are neither read as one number nor piece by piece: %s', (text, run) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(RangeParseError);
    expect(() => parseRange(text)).toThrow(`"${run}" at offset`);
    expect(() => parseRange(text)).toThrow('stands beside another number');
  });

  it('reads the quantity after a year, which is a date, not a group', () => {
    expect(read('In 2019 500 people died.')).toEqual([['500 people', '500 people']]);
  });

  it('reads the quantity after a number glued to a word or a dash', () => {
    expect(read('COVID-19 2 million cases were recorded.')).toEqual([
      ['2 million cases', '2 million cases'],
    ]);
  });

  it('takes a tab or a line break for a cell or line of its own, not a group', () => {
    expect(read('cases\t1200\t1500')).toEqual([
      ['1200', '1,200'],
      ['1500', '1,500'],
    ]);
    expect(read('reached 500\n2,000 more')).toEqual([
      ['500', '500'],
      ['2,000', '2,000'],
    ]);
  });

  it('leaves numbers apart that words or signs separate', () => {
    expect(read('Between 5 and 10 people.')).toEqual([['Between 5 and 10 people', '5–10 people']]);
    expect(read('It went from 300 to 400, then 500.')).toEqual([
      ['from 300 to 400', '300–400'],
      ['500', '500'],
    ]);
    // Grouped or decimal numbers are written out whole, so they never form a run.
    expect(read('prices of 1,200 1,500')).toEqual([
      ['1,200', '1,200'],
      ['1,500', '1,500'],
    ]);
  });

  it('refuses a long run a stretch at a time, each stretch once', () => {
    const flood = Array.from({ length: 200 }, (_, i) => String(100 + i)).join(' ');
    expect(extractRanges(`${flood} people`)).toEqual([]);
  });
});
