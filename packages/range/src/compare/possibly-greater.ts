import { comparable } from '../internal/aligned-pair';
import type { Range } from '../range';

/**
 * Whether some value of `a` exceeds some value of `b`.
 *
 * @param a - a range
 * @param b - a range of the same dimension (converted to `a`'s unit)
 * @returns true when x > y for some x in `a` and y in `b`
 * @throws {UnitMismatchError} when the units measure different things
 * @throws {InvalidRangeError} when an argument is not a Range
 * @example
 * ```ts
 * possiblyGreater(range(12.5e9, 19e9, 'USD/year'), range(15e9, 30e9, 'USD/year')); // => true
 * possiblyGreater(range(1, 2, 'USD'), range(2, 3, 'USD')); // => false
 * ```
 */
export function possiblyGreater(a: Range, b: Range): boolean {
  const y = comparable(a, b);
  // x <= a.high and y >= b.low, so x > y is possible exactly when a.high > b.low; an
  // exclusive bound still leaves values just inside it.
  return a.high > y.low;
}
