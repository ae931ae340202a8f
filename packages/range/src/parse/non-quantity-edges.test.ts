import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { formatRange } from '../format';
import { parseRange } from './parse-range';

/**
 * Where a bare number stops being a date, a time, a footnote or a label and becomes a
 * quantity. Each case sits next to the nearest one on the other side of the line. Expected
 * values are worked out by hand.
 */

describe('a number after a capitalised word', () => {
  it('is weak when bare: extraction leaves it, parseRange takes it only alone', () => {
    expect(read('OPEC 10 met')).toEqual([]);
    expect(read('Zeta 10 met')).toEqual([]);
    expect(read('he scored 10 today')).toEqual([['10', '10']]);
    expect(formatRange(parseRange('OPEC 10'))).toBe('10');
    expect(formatRange(parseRange('OPEC 10 said 5%'))).toBe('5%');
    expect(formatRange(parseRange('the code (202) and 5%'))).toBe('5%');
  });

  it.each([
    ['In Phnom Penh tens of thousands fled', 'tens of thousands'],
    ['In Phnom Penh $10 buys lunch', '$10'],
    ['In Phnom Penh 10% of workers', '10%'],
    ['In Phnom Penh 2 million fled', '2 million'],
    ['In Phnom Penh more than 10 fled', 'more than 10'],
  ])('is a quantity with a unit, a scale or a bound: %s', (text, phrase) => {
    expect(read(text).map(([t]) => t)).toEqual([phrase]);
  });
});

describe('footnotes, days and times', () => {
  it('takes a number in closed brackets for a footnote', () => {
    expect(read('as reported [3] in')).toEqual([]);
    expect(read('the list [3 more')).toEqual([['3', '3']]);
  });

  it('takes day numbers joined by commas, "or", "&" or a dash up to a month for days', () => {
    for (const text of [
      'on 28, 29 and 30 May',
      'on 28 or 29 May',
      'on 28 & 29 May',
      'on 28 - 29 May',
    ]) {
      expect(read(text), text).toEqual([]);
    }
    // The month must come within a few tokens.
    expect(read('on 1, 2, 3, 4, 5 May')).toEqual([['1', '1']]);
  });

  it('takes "a.m." and "p.m." after a number for a time, and "a.k.a." for no time', () => {
    expect(read('at 9 a.m. today')).toEqual([]);
    expect(read('at 9 p.m. today')).toEqual([]);
    expect(read('sold 9 a.k.a. nine')).toEqual([['9', '9']]);
  });

  it('takes "May" for a month only capitalised', () => {
    expect(read('On May 20 they met')).toEqual([]);
    expect(read('they may 20 times')).toEqual([['20', '20']]);
  });
});
