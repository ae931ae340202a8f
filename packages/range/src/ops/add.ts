import { sumRanges } from '../internal/sum-ranges';
import type { Range } from '../range';

/**
 * Adds two ranges: the tightest range holding x + y for every x in `a` and y in `b`. A
 * bound is inclusive when both bounds it comes from are; an open bound stays open. `b` is
 * converted to `a`'s unit when they share a dimension (`USD/month` + `USD/year` is in
 * `USD/month`). See the README for how central, qualifier, meaning and sigFigs combine.
 *
 * @param a - the left operand; its unit is the result's
 * @param b - the right operand, in a unit of the same dimension
 * @returns a new range
 * @throws {UnitMismatchError} when the units measure different things (USD and people)
 * @throws {InvalidRangeError} when an argument is not a Range
 * @example
 * ```ts
 * const total = add(range(12.5e9, 19e9, 'USD/year'), range(1e9, 2e9, 'USD/year'));
 * [total.low, total.high]; // => [13.5e9, 21e9]
 * add(point(1, 'USD/month'), point(12, 'USD/year')).low; // => 2
 * ```
 */
export function add(a: Range, b: Range): Range {
  return sumRanges(a, b, 1);
}
