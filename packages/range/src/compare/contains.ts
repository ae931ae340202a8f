import { comparable } from '../internal/aligned-pair';
import { checkRange, refuse } from '../internal/check';
import type { Range } from '../range';

/**
 * Whether `a` contains a number (in `a`'s unit) or every value of another range. When `b`
 * is in another unit of the dimension it is converted first, and a conversion that rounds
 * is widened, so a range that only just fits may be reported as not contained.
 *
 * @param a - the containing range
 * @param b - a number in `a`'s unit, or a range of the same dimension
 * @returns true when every value of `b` (or `b` itself) lies in `a`
 * @throws {UnitMismatchError} when the units measure different things
 * @throws {InvalidRangeError} when `a` is not a Range, or `b` is neither a Range nor a number
 * @example
 * ```ts
 * contains(range(12.5e9, 19e9, 'USD/year'), 15e9); // => true
 * contains(range(350000, Infinity, 'people', { lowInclusive: false }), 350000); // => false
 * contains(range(0, 100, '%'), range(20, 40, '%')); // => true
 * ```
 */
export function contains(a: Range, b: Range | number): boolean {
  if (typeof b === 'number') {
    const x = checkRange('a', a);
    if (Number.isNaN(b)) refuse('b', 'a Range or a number other than NaN', b);
    return (
      (x.lowInclusive ? b >= x.low : b > x.low) && (x.highInclusive ? b <= x.high : b < x.high)
    );
  }
  const y = comparable(a, b);
  const lowOk = y.low > a.low || (y.low === a.low && (a.lowInclusive || !y.lowInclusive));
  const highOk = y.high < a.high || (y.high === a.high && (a.highInclusive || !y.highInclusive));
  return lowOk && highOk;
}
