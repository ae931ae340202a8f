import { comparable } from '../internal/aligned-pair';
import type { Range } from '../range';

/**
 * Whether some value lies in both ranges. Touching bounds overlap only when both include
 * the shared value: [1, 2] and [2, 3] overlap, [1, 2) and [2, 3] do not.
 *
 * @param a - a range
 * @param b - a range of the same dimension (converted to `a`'s unit)
 * @returns true when the ranges share a value
 * @throws {UnitMismatchError} when the units measure different things
 * @throws {InvalidRangeError} when an argument is not a Range
 * @example
 * ```ts
 * overlaps(range(12.5e9, 19e9, 'USD/year'), range(15e9, 30e9, 'USD/year')); // => true
 * overlaps(range(1, 2, 'USD', { highInclusive: false }), range(2, 3, 'USD')); // => false
 * ```
 */
export function overlaps(a: Range, b: Range): boolean {
  const y = comparable(a, b);
  const low = Math.max(a.low, y.low);
  const high = Math.min(a.high, y.high);
  if (low < high) return true;
  if (low > high) return false;
  // One shared value: it must be included by whichever bounds sit on it.
  const lowOk = (a.low !== low || a.lowInclusive) && (y.low !== low || y.lowInclusive);
  const highOk = (a.high !== high || a.highInclusive) && (y.high !== high || y.highInclusive);
  return lowOk && highOk;
}
