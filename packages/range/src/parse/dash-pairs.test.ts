import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RangeParseError } from '../errors';
import { isYearValue } from './amount';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * Two figures joined by a dash. Law: they are one range when the second is greater than the
 * first, and nothing otherwise: a score, odds or a split ("a 3-1 win", "a 60-40 split", "a
 * 50-50 chance") is never read as its first figure alone, which would drop the second
 * without a word. A year before the dash starts a span of years ("the 2015-20 Parliament"),
 * which the year rules leave out, so years are left out of the law; so are three digits, a
 * hyphen and four ("514-1888"), which the code rules read as a telephone number.
 */
const texts = (text: string) => extractRanges(text).map((f) => f.text);

/** Whole numbers that are not years, as written in running text. */
const figure = fc.integer({ min: 0, max: 99_999 }).filter((n) => !isYearValue(n));

describe('figures a dash joins', () => {
  it('reads an ascending pair as a range and any other pair as nothing', () => {
    fc.assert(
      fc.property(figure, figure, fc.constantFrom('-', '\u2013'), (a, b, dash) => {
        fc.pre(!(dash === '-' && String(a).length === 3 && String(b).length === 4));
        const text = `a ${a}${dash}${b} split`;
        if (a < b) {
          expect(
            extractRanges(text).map((f) => [f.range.low, f.range.high]),
            text,
          ).toEqual([[a, b]]);
        } else {
          expect(texts(text), text).toEqual([]);
          expect(() => parseRange(text), text).toThrow(RangeParseError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a 3-1 win', '"3-1" at offset 2'],
    ['a 50-50 chance', '"50-50" at offset 2'],
    ['the vote was 52\u201348', '"52\u201348" at offset 13'],
    ['rates of 8-6%', '"8-6%" at offset 9'],
    ['1,200-300 people', '"1,200-300" at offset 0'],
    ['$15-$12', '"$15-$12" at offset 0'],
  ])('refuses %s, saying where and why', (text, where) => {
    expect(texts(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(
      `${where} in "${text}" joins two figures with a dash that make no range`,
    );
  });

  it('reads on after the pair it refuses', () => {
    expect(texts('after a 3-1 win, 5,000 people marched')).toEqual(['5,000 people']);
  });

  it('leaves a span of years to the year rules', () => {
    expect(texts('the 2015-20 Parliament')).toEqual([]);
    expect(() => parseRange('the 2015-20 Parliament')).toThrow('reads as a year');
    expect(texts('2016-17 spending rose by £15 billion')).toEqual(['rose by £15 billion']);
  });
});
