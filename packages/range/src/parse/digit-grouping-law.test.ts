import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RangeParseError } from '../errors';
import { parseRange } from './parse-range';

/**
 * Thousands separators, against `Intl`'s own grouping. Laws: a whole number grouped the
 * Western way (`12,345,678`) or the Indian way (`1,23,45,678`) reads back as itself; digits
 * grouped neither way (`1,2345`, `12,34`) are refused, never read as some other number.
 * Such digits are a list to the scanner ("5,10" is five and ten), so `parseRange` finds
 * several quantities and says so; a first group shaped like a year (1900-2100) is taken
 * for a year before a comma, as in "In 1900,1,100 people died", and left out of the law.
 */
const western = /^\d{1,3}(?:,\d{3})+$/;
const indian = /^\d{1,2}(?:,\d{2})*,\d{3}$/;

describe('digit grouping', () => {
  it('reads a number grouped by en-US or en-IN back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        for (const locale of ['en-US', 'en-IN']) {
          const text = n.toLocaleString(locale);
          const read = parseRange(`${text} people`);
          expect([text, read.low, read.high]).toEqual([text, n, n]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses digits grouped neither the Western nor the Indian way', () => {
    const grouped = fc
      .array(fc.stringMatching(/^[1-9]\d{0,4}$/), { minLength: 2, maxLength: 5 })
      .map((groups) => groups.join(','))
      .filter((s) => !western.test(s) && !indian.test(s) && !/^(?:19\d\d|20\d\d|2100),/.test(s));
    fc.assert(
      fc.property(grouped, (text) => {
        expect(() => parseRange(`${text} people`), text).toThrow(RangeParseError);
      }),
      { numRuns: 2000 },
    );
  });
});
