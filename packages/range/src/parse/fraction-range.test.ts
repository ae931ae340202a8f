import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * A range whose ends are fractions in words. Read one end at a time, it lost the other:
 * "between a third and a half" was 0.5, "a third to a half" 0.5, and "between one fifth and
 * one quarter" counted "fifths".
 */
describe('a range of fractions in words', () => {
  it.each([
    [
      'Between a fifth and a quarter of the harvest was lost.',
      'Between a fifth and a quarter',
      0.2,
      0.25,
    ],
    ['between one fifth and one quarter', 'between one fifth and one quarter', 0.2, 0.25],
    ['between one-fifth and one-quarter', 'between one-fifth and one-quarter', 0.2, 0.25],
    ['from a fifth to a quarter of imports', 'from a fifth to a quarter', 0.2, 0.25],
    ['a third to a half of workers', 'a third to a half', 1 / 3, 0.5],
    ['two-thirds to three-quarters of voters', 'two-thirds to three-quarters', 2 / 3, 0.75],
  ])('reads both ends as shares: %s', (text, span, low, high) => {
    const [found, ...rest] = extractRangesOf(text);
    expect(rest).toEqual([]);
    expect(found).toEqual({ span, low, high, unit: '1' });
  });

  it('keeps a comparative before the range', () => {
    expect(read('about a third to a half of workers')).toEqual([
      ['about a third to a half', 'about 0.3333333333333333–0.5'],
    ]);
  });

  it.each(['between a half and a third', 'between a half and one half'])(
    'refuses ends out of order or equal: %s',
    (text) => {
      expect(read(`${text} of voters`)).toEqual([]);
      expect(() => parseRange(text)).toThrow(
        'joins two fractions whose second is not greater than the first',
      );
    },
  );

  it.each(['between a third or a half of voters', 'a third or a half of voters'])(
    'reads "or" between fractions as a range, as between numbers ("2 or 3 million"): %s',
    (text) => {
      const [found] = extractRanges(text);
      expect([found?.text, found?.range.low, found?.range.high, found?.context?.base]).toEqual([
        'a third or a half',
        1 / 3,
        0.5,
        'voters',
      ]);
    },
  );

  it('leaves a fraction of a scale to the amount reader', () => {
    expect(read('between a quarter of a million and half a million people')).toEqual([
      ['between a quarter of a million and half a million people', '250,000–500,000 people'],
    ]);
  });
});

/**
 * "between X and half a million": "half a million" is the range's other end. The rule
 * against "between two and a half million" (2.5 million, or 2 to 500,000?) had refused it.
 */
describe('"half a" and a number after "between … and"', () => {
  it.each([
    [
      'The storm displaced between 300,000 and half a million people.',
      'between 300,000 and half a million people',
      '300,000–500,000 people',
    ],
    [
      'between $300,000 and half a million',
      'between $300,000 and half a million',
      '$300,000–500,000',
    ],
    ['between five and half a dozen', 'between five and half a dozen', '5–6'],
  ])('is the other end: %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
  });

  it.each([
    ['between two and a half million', '"between two and a half million" at offset 0'],
    ['between 2 and half an hour', '"between 2 and half" at offset 0'],
    ['between 100 and half a hundred', '"between 100 and half a hundred" at offset 0'],
  ])('is still refused where "and a half" may end the first number: %s', (text, where) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(where);
  });
});

function extractRangesOf(text: string) {
  return extractRanges(text).map((f) => ({
    span: f.text,
    low: f.range.low,
    high: f.range.high,
    unit: String(f.range.unit),
  }));
}
