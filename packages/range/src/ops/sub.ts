import { sumRanges } from '../internal/sum-ranges';
import type { Range } from '../range';

/**
 * Subtracts `b` from `a`: the tightest range holding x - y for every x in `a` and y in `b`,
 * so the low bound is a.low - b.high. `b` is converted to `a`'s unit when they share a
 * dimension.
 *
 * @param a - the range to subtract from; its unit is the result's
 * @param b - the range to subtract, in a unit of the same dimension
 * @returns a new range
 * @throws {UnitMismatchError} when the units measure different things
 * @throws {InvalidRangeError} when an argument is not a Range
 * @example
 * ```ts
 * const gap = sub(range(50e9, 75e9, 'USD/year'), range(12.5e9, 19e9, 'USD/year'));
 * [gap.low, gap.high]; // => [31e9, 62.5e9]
 * ```
 */
export function sub(a: Range, b: Range): Range {
  return sumRanges(a, b, -1);
}
