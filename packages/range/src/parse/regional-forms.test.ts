import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * Forms of South and Southeast Asian newsrooms whose scale, currency or bound was dropped
 * silently. Expected values are worked out by hand from the labelling convention.
 */
const read = (phrase: string) => {
  const r = parseRange(phrase);
  return [r.low, r.high, r.unit.text, r.qualifier, r.change];
};

describe('scales written the regional way', () => {
  it.each<[string, number, string]>([
    ['Rs 2.5 lakh-crore', 2.5e12, 'INR'],
    ['US$ 3.4 bil', 3.4e9, 'USD'],
    ['RM40 mil', 40e6, 'MYR'],
    ['Rp3 triliun', 3e12, 'IDR'],
    ['Rp 500 miliar', 500e9, 'IDR'],
  ])('%s keeps its scale', (phrase, value, unit) => {
    expect(read(phrase)).toEqual([value, value, unit, 'exact', undefined]);
  });
});

describe('more South Asian currency prefixes', () => {
  it.each<[string, number, string]>([
    ['NRs 3 billion', 3e9, 'NPR'],
    ['SLRs 3 billion', 3e9, 'LKR'],
    ['Nu. 5 billion', 5e9, 'BTN'],
    ['Rf 5 million', 5e6, 'MVR'],
  ])('%s', (phrase, value, unit) => {
    expect(read(phrase)).toEqual([value, value, unit, 'exact', undefined]);
  });

  it('reads the letters Nu and Rf as money only with a scale word or separators', () => {
    expect(parseRange('RF 5').unit.text).toBe('1');
    expect(parseRange('Nu 5').unit.text).toBe('1');
  });
});

describe('bounds and changes written after or around the figure', () => {
  it('reads "-plus" after a scale word as a lower bound', () => {
    expect(read('$3 billion-plus')).toEqual([3e9, Infinity, 'USD', 'at-least', undefined]);
  });

  it('reads "as low as" and "as few as" as the low end', () => {
    expect(read('as low as 2 per cent')).toEqual([2, Infinity, '%', 'at-least', undefined]);
    expect(read('as few as 10 people')).toEqual([10, Infinity, 'people', 'at-least', undefined]);
  });

  it('reads "shed" as a fall and "a hike" as a rise', () => {
    expect(read('shed 2.3%')).toEqual([-2.3, -2.3, '%', 'exact', 'fall']);
    expect(read('a 10% hike')).toEqual([10, 10, '%', 'exact', 'rise']);
    expect(read('a hike of 10%')).toEqual([10, 10, '%', 'exact', 'rise']);
  });
});

describe('negative ends in parentheses', () => {
  it('reads "(-6.0) - (-5.0) percent" as the range [-6, -5] %', () => {
    expect(read('(-6.0) - (-5.0) percent')).toEqual([-6, -5, '%', 'exact', undefined]);
  });

  it('keeps the parentheses in the extracted span', () => {
    const text = 'a contraction in the range of (-1.5) - (-0.5) percent, due to';
    expect(extractRanges(text).map((f) => f.text)).toEqual(['(-1.5) - (-0.5) percent']);
  });
});
