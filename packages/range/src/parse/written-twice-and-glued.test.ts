import { describe, expect, it } from 'vitest';
import { RangeParseError } from '../errors';
import { rangeToJSON } from '../json';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * Forms met in newsroom copy that were misread silently: a currency written twice, a scale
 * word glued to a code, a people ending in -is, a hyphenated base. Expected values are worked
 * out by hand from the labelling convention.
 */
describe('a currency written twice', () => {
  it('reads a code and its own sign as one currency', () => {
    expect(rangeToJSON(parseRange('approx. USD $57.4 billion'))).toEqual({
      low: 57.4e9,
      high: 57.4e9,
      central: 57.4e9,
      unit: 'USD',
      qualifier: 'approx',
      sigFigs: 3,
    });
    expect(parseRange('SGD S$5 million').unit.text).toBe('SGD');
  });

  it('refuses a code followed by the sign of another currency', () => {
    expect(() => parseRange('USD €5')).toThrowErrorMatchingInlineSnapshot(
      `[RangeParseError: the amount at offset 0 in "USD €5" is written in two currencies at once ("USD" and "€"); write one of them]`,
    );
    expect(extractRanges('It cost USD €5 in all.')).toEqual([]);
  });
});

describe('a scale word glued to other letters', () => {
  it('is refused, never read without its scale', () => {
    expect(() => parseRange('over 20 billionUSD')).toThrow(RangeParseError);
    expect(() => parseRange('over 20 billionUSD')).toThrow(/glues a scale word/);
    expect(extractRanges('exports reached over 20 billionUSD in August')).toEqual([]);
  });
});

describe('count nouns and bases', () => {
  it('reads a people ending in -is as the count noun', () => {
    const r = parseRange('about 10 million Bangladeshis');
    expect([r.low, r.unit.text, r.qualifier]).toEqual([1e7, 'bangladeshis', 'approx']);
    expect(parseRange('36,928 Nepalis').unit.text).toBe('nepalis');
  });

  it('keeps -sis and -tis nouns out of the unit', () => {
    expect(parseRange('3 Analysis').unit.text).toBe('1');
  });

  it('keeps a hyphenated compound in the base', () => {
    const [found] = extractRanges('only 60 percent of the full-year target');
    expect(found?.context).toEqual({ base: 'the full-year target' });
  });
});

describe('a rate per currency with no currency of its own', () => {
  it('is refused rather than read without its denominator', () => {
    expect(() => parseRange('4.7 per dollar')).toThrowErrorMatchingInlineSnapshot(
      `[RangeParseError: "per dollar" at offset 4 in "4.7 per dollar" makes the figure before it a rate per currency, but that figure names no currency of its own; write one ("MYR 4.7 per dollar")]`,
    );
    const found = extractRanges('The ringgit fell 0.3% to 4.7 per dollar.');
    expect(found.map((f) => f.text)).toEqual(['fell 0.3%']);
  });

  it('still reads an exchange rate that names both currencies', () => {
    expect(parseRange('Ks2,000 per dollar').unit.text).toBe('MMK/USD');
  });
});
