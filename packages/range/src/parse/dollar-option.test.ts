import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * The `dollar` option names every bare dollar a phrase writes, the amount's and the
 * denominator's alike, and leaves `currencyHint` to do its own job beside it.
 */
const unitOf = (phrase: string, options?: Parameters<typeof parseRange>[1]) =>
  String(parseRange(phrase, options).unit);

describe('the dollar option', () => {
  it('names a bare dollar in a denominator as it names one in an amount', () => {
    expect(unitOf('MYR 4.7 per dollar')).toBe('MYR/USD');
    expect(unitOf('MYR 4.7 per dollar', { dollar: 'SGD' })).toBe('MYR/SGD');
    const found = extractRanges('MYR 4.7 per dollar, and $3 more', { dollar: 'SGD' });
    expect(found.map((f) => String(f.range.unit))).toEqual(['MYR/SGD', 'SGD']);
  });

  it('defaults to USD when left out or given an empty object', () => {
    expect(unitOf('$5')).toBe('USD');
    expect(unitOf('$5', {})).toBe('USD');
  });

  it('keeps the currency hint working when the dollar is given too', () => {
    expect(unitOf('P500', { currencyHint: 'PHP' })).toBe('PHP');
    expect(unitOf('P500', { dollar: 'USD', currencyHint: 'PHP' })).toBe('PHP');
    expect(unitOf('$5', { currencyHint: 'PHP' })).toBe('USD');
  });
});
