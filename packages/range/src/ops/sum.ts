import { InvalidRangeError } from '../errors';
import { checkRange } from '../internal/check';
import { mustBe, sumEmpty } from '../messages';
import type { Range } from '../range';
import { add } from './add';

/**
 * Adds a list of ranges, in order; the result is in the first range's unit.
 *
 * @param ranges - one or more ranges of one dimension
 * @returns a new range
 * @throws {InvalidRangeError} when `ranges` is empty, not an array, or holds a non-Range
 * @throws {UnitMismatchError} when two ranges measure different things
 * @example
 * ```ts
 * const total = sum([point(1, 'USD'), range(2, 3, 'USD'), range(4, 5, 'USD')]);
 * [total.low, total.high]; // => [7, 9]
 * ```
 */
export function sum(ranges: readonly Range[]): Range {
  if (!Array.isArray(ranges)) {
    throw new InvalidRangeError(mustBe("sum's argument", 'an array of ranges', ranges), 'ranges');
  }
  const first = ranges[0];
  if (first === undefined) throw new InvalidRangeError(sumEmpty(), 'ranges');
  return ranges.slice(1).reduce<Range>((total, r) => add(total, r), checkRange('ranges[0]', first));
}
