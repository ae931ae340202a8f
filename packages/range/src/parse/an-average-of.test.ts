import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('"an average of" and "on average" between a change and its size', () => {
  it.each([
    [
      'Prices fell by an average of 3% a year.',
      'fell by an average of 3% a year',
      'a fall of 3% a year',
    ],
    [
      'Output dropped an average of 2.5 per cent.',
      'dropped an average of 2.5 per cent',
      'a fall of 2.5%',
    ],
    ['Wages rose on average 4%.', 'rose on average 4%', 'a rise of 4%'],
    ['Rents grew by an average 5% in 2023.', 'grew by an average 5%', 'a rise of 5%'],
  ])('keep the change: %s', (text, phrase, formatted) => {
    expect(read(text)).toEqual([[phrase, formatted]]);
  });

  it('state the figure itself, not an approximation of it', () => {
    const r = parseRange('an average of 30 people a day');
    expect([r.low, r.high, r.qualifier, String(r.unit)]).toEqual([30, 30, 'exact', 'people/day']);
  });

  it('leave an average that is not a figure alone', () => {
    expect(read('The average household owes $5,000.')).toEqual([['$5,000', '$5,000']]);
    expect(read('on average, more people came')).toEqual([]);
  });
});
