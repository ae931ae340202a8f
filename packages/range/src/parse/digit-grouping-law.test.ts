import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RangeParseError } from '../errors';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * Thousands separators, against `Intl`'s own grouping. Laws: a whole number grouped the
 * Western way (`12,345,678`) or the Indian way (`1,23,45,678`) reads back as itself; digits
 * grouped neither way (`1,2345`, `12,34`) are refused, never read as some other number,
 * and `extractRanges` reads no figure from two such groups: "3,5" may be a decimal comma or
 * a list typed without spaces. A first group shaped like a year (1900-2100) is taken for a
 * year before a comma, as in "In 1900,1,100 people died", and left out of the laws.
 */
const western = /^\d{1,3}(?:,\d{3})+$/;
const indian = /^\d{1,2}(?:,\d{2})*,\d{3}$/;
const yearFirst = /^(?:19\d\d|20\d\d|2100),/;

/** Groups of digits joined by commas with no space, grouped neither way. */
const groupedNeitherWay = (maxGroups: number) =>
  fc
    .array(fc.stringMatching(/^[1-9]\d{0,4}$/), { minLength: 2, maxLength: maxGroups })
    .map((groups) => groups.join(','))
    .filter((s) => !western.test(s) && !indian.test(s) && !yearFirst.test(s));

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
    fc.assert(
      fc.property(groupedNeitherWay(5), (text) => {
        expect(() => parseRange(`${text} people`), text).toThrow(RangeParseError);
      }),
      { numRuns: 2000 },
    );
  });

  it('extracts no figure from two groups grouped neither way', () => {
    fc.assert(
      fc.property(
        groupedNeitherWay(2),
        fc.constantFrom('', '%', ' million euros'),
        (text, after) => {
          expect(extractRanges(`rose ${text}${after} in May`), text).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
