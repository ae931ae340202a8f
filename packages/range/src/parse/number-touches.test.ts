import { describe, expect, it } from 'vitest';
import { formatRange } from '../format';
import { extractRanges } from './extract-ranges';

/**
 * Where a number touches its neighbours and stops being a quantity: phone numbers, dates
 * and codes joined by hyphens, rates and fractions across a slash, years at the edges of
 * the year-shaped span, a restatement in parentheses. Each case is paired with the nearest
 * one that stays a quantity, so the test says where the line runs. Expected values are
 * worked out by hand; Intl's no-break space after a currency code is written as a space.
 */
const read = (text: string) =>
  extractRanges(text).map((f) => [f.text, formatRange(f.range).replace(/\u00a0/g, ' ')]);

describe('numbers joined by dashes', () => {
  it('takes three digits, a hyphen and four digits for a phone number', () => {
    expect(read('call 514-1888 now')).toEqual([]);
    // A round second number, four digits first, or an en dash make a range.
    expect(read('rooms 514-1500 here')).toEqual([['514-1500', '514–1,500']]);
    expect(read('between 1234-1888 people')).toEqual([
      ['between 1234-1888 people', '1,234–1,888 people'],
    ]);
    expect(read('call 514–1888 now')).toEqual([['514–1888', '514–1,888']]);
  });

  it('takes three numbers joined by dashes for a code or a date', () => {
    expect(read('the 1995-01-15 report')).toEqual([]);
    expect(read('dates 2024–25–26 here')).toEqual([]);
    expect(read('the 1995-01 report')).toEqual([]);
  });
});

describe('numbers across a slash', () => {
  it('reads a round base after a slash as a rate, and any other number as no quantity', () => {
    expect(read('a rate of 2.1/1000')).toEqual([['2.1/1000', '2.1‰']]);
    expect(read('a rate of 2.1/1001')).toEqual([]);
  });
});

describe('the edges of a year', () => {
  it('takes 1900 and 2100 for years after "in", and 1899 and 2101 for numbers', () => {
    expect(read('in 1900')).toEqual([]);
    expect(read('in 2100 people')).toEqual([]);
    expect(read('in 1899 people')).toEqual([['1899 people', '1,899 people']]);
    expect(read('in 2101')).toEqual([['2101', '2,101']]);
  });
});

describe('a restatement in parentheses', () => {
  it('is skipped only when it restates the same amount and closes', () => {
    expect(read('paid 50,000 (fifty thousand) riels')).toEqual([
      ['50,000 (fifty thousand) riels', 'KHR 50,000'],
    ]);
    // Another amount, or no closing parenthesis: the parenthetical is a figure of its own.
    expect(read('paid 50,000 (fifty-one thousand) riels')).toEqual([
      ['50,000', '50,000'],
      ['fifty-one thousand', '51,000'],
    ]);
    expect(read('paid 50,000 (fifty thousand riels')).toEqual([
      ['50,000', '50,000'],
      ['fifty thousand riels', 'KHR 50,000'],
    ]);
  });
});

describe('a web address', () => {
  it('runs from "http://", "https://" or "www." to the next space, and holds no figure', () => {
    expect(read('see https://a.b/x(5%) now')).toEqual([]);
    expect(read('see www.a.b/x(5%) now')).toEqual([]);
    expect(read('see WWW.a.b/x(5%) now')).toEqual([]);
    expect(read('see https://a.b/x(5%)\tand (7%)')).toEqual([['7%', '7%']]);
  });

  it('needs the colon and both slashes, or the dot after "www"', () => {
    for (const text of [
      'see https:/a.b/x(5%) now',
      'see http:x(5%) now',
      'see https//a.b/x(5%) now',
      'see www,a.b/x(5%) now',
    ]) {
      expect(read(text), text).toEqual([['5%', '5%']]);
    }
  });
});
