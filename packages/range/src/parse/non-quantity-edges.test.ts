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

  it('leaves a parenthesis that does not close round the number tightly to the quantity', () => {
    expect(read('the code (202 ) here')).toEqual([['202', '202']]);
    expect(read('the (3 more')).toEqual([['3', '3']]);
    expect(read('he got 3) more')).toEqual([['3', '3']]);
  });

  it('takes a bare spread in parentheses as weak, and one with a scale as a quantity', () => {
    expect(read('the score (15 \u00b1 5) was')).toEqual([]);
    expect(read('a population (1.2 \u00b1 0.1 million) in 2020')).toEqual([
      ['1.2 \u00b1 0.1 million', '1.1–1.3 million (central 1.2 million) (plus-minus)'],
    ]);
    expect(read('an error of 15 \u00b1 5 here')).toEqual([
      ['15 \u00b1 5', '10–20 (central 15) (plus-minus)'],
    ]);
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

  it('takes a number for a footnote only when the brackets touch it', () => {
    expect(read('as reported [ 3] in')).toEqual([['3', '3']]);
    expect(read('as reported [3 ] in')).toEqual([['3', '3']]);
    expect(read('see 3] in')).toEqual([['3', '3']]);
  });

  it('takes a range for days only when both ends are day numbers', () => {
    expect(read('on 20-31 May')).toEqual([]);
    expect(read('sold 20-40 May flowers')).toEqual([['20-40', '20–40']]);
  });

  it('takes a day list joined by a dash, hyphen or en dash, up to its month for days', () => {
    expect(read('on 28, 29-30 May')).toEqual([]);
    expect(read('on 28, 29\u201330 May')).toEqual([]);
    // A word that joins no list ends it: "in" is no day.
    expect(read('aged 28 in May')).toEqual([['28', '28']]);
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
    expect(read('at 9 p today')).toEqual([['9', '9']]);
  });

  it('takes "May" for a month only capitalised', () => {
    expect(read('On May 20 they met')).toEqual([]);
    expect(read('they may 20 times')).toEqual([['20', '20']]);
  });
});

describe('labels and bare years', () => {
  it('refuses a number after a label word even in parseRange, with a verb after it', () => {
    expect(read('Article 19 guarantees it')).toEqual([]);
    expect(() => parseRange('Article 19 guarantees')).toThrow('reads as a year, date or label');
  });

  it('reads a number after a label word with a rate or a bound after it', () => {
    expect(read('Table 5 a year')).toEqual([['5 a year', '5 a year']]);
    expect(read('floors above 94')).toEqual([['above 94', 'more than 94']]);
  });

  it('takes a bare year as weak: parseRange prefers a quantity beside it', () => {
    expect(read('sold 2025 yesterday')).toEqual([]);
    expect(formatRange(parseRange('sold 2025 yesterday'))).toBe('2,025');
    expect(formatRange(parseRange('sold 2025 yesterday and 5%'))).toBe('5%');
  });
});
