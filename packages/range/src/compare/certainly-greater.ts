import { comparable } from '../internal/aligned-pair';
import type { Range } from '../range';

/**
 * Whether every value of `a` exceeds every value of `b`.
 *
 * @param a - a range
 * @param b - a range of the same dimension (converted to `a`'s unit)
 * @returns true when x > y for every x in `a` and y in `b`
 * @throws {UnitMismatchError} when the units measure different things
 * @throws {InvalidRangeError} when an argument is not a Range
 * @example
 * ```ts
 * certainlyGreater(range(50e9, 75e9, 'USD/year'), range(12.5e9, 19e9, 'USD/year')); // => true
 * // both may be 2:
 * certainlyGreater(range(2, 3, 'USD'), range(1, 2, 'USD')); // => false
 * ```
 */
export function certainlyGreater(a: Range, b: Range): boolean {
  const y = comparable(a, b);
  return a.low > y.high || (a.low === y.high && !(a.lowInclusive && y.highInclusive));
}
