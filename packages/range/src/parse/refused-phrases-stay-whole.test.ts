import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

/**
 * A phrase the parser refuses is left out whole: no part of it comes back as a figure of its
 * own. Extraction resumed inside two such phrases, so their last figure was read alone.
 */
describe('a refused phrase stays whole', () => {
  it.each([
    ['a gap of 15 ± about 5 points here', /readable spread/],
    ['a price of $15 ± €5 here', /readable spread/],
    ['a gap of 15 ± -5 here', /readable spread/],
    ['between two and a half', /whole number and a fract/],
  ])('%s', (text, message) => {
    expect(() => parseRange(text)).toThrow(message);
    expect(read(text)).toEqual([]);
  });

  it('reads what comes after the refused phrase', () => {
    expect(read('a gap of 15 ± about 5 points, and 7% more')).toEqual([['7%', '7%']]);
  });
});
