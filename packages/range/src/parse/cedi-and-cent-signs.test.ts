import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { RangeParseError } from '../errors';
import { formatRange } from '../format';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

describe('the cedi sign, and a cent sign before a number', () => {
  it('reads the cedi sign, written alone or after GH', () => {
    const [found] = extractRanges("Ghana's debt hit GH₵610 billion.");
    expect(found?.text).toBe('₵610 billion');
    expect(String(found?.range.unit)).toBe('GHS');
    expect(found?.range.low).toBe(610e9);
    expect(formatRange(parseRange('₵ 2 per litre'))).toBe('GHS\u00a02 per litre');
  });

  it('does not read "GH¢610 billion" as a bare 610 billion', () => {
    expect(read("Ghana's debt hit GH¢610 billion.")).toEqual([]);
  });

  it('does not read a number after a lone cent sign, which names no one currency', () => {
    expect(read('The fee is ¢50 per call.')).toEqual([]);
    expect(read('The ministry budgeted ¢1.5 billion.')).toEqual([]);
    // After the number, "50 cents" is still money.
    expect(read('The fee is 50 cents per call.')).toEqual([
      ['50 cents per call', '$0.50 per call'],
    ]);
  });

  it('says the number is part of a sign or code, not a year, when it touches a sign', () => {
    const error = (() => {
      try {
        parseRange('¢50');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RangeParseError);
    expect((error as Error).message).toMatch(/"50" at offset 1 .* is not a quantity/);
    expect((error as Error).message).not.toMatch(/year/);
    // A spaced number of two digits is still taken for a day or a year.
    expect(() => parseRange('May 20')).toThrow('reads as a year, date or label');
  });
});

describe('"closer to" a figure', () => {
  it('is near it on either side, not exactly it', () => {
    expect(read('Rights groups put the figure closer to 300.')).toEqual([
      ['closer to 300', 'about 300'],
    ]);
    expect(parseRange('closer to 5,000').qualifier).toBe('approx');
  });
});
