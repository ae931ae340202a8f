import { checkRange } from '../internal/check';
import { sameMeaning } from '../internal/meaning';
import type { Range } from '../range';

/**
 * Whether two ranges are the same value: same unit, bounds, inclusivity, central value,
 * qualifier, meaning, significant figures and stated change. Units are not converted: 1 USD/month and
 * 12 USD/year are equal quantities but not equal ranges (use `convert` first).
 *
 * @param a - a range
 * @param b - a range
 * @returns true when every field matches
 * @throws {InvalidRangeError} when an argument is not a Range
 * @example
 * ```ts
 * equals(range(1, 2, 'USD/year'), range(1, 2, 'USD / years')); // => true
 * equals(point(1, 'USD/month'), point(12, 'USD/year')); // => false
 * ```
 */
export function equals(a: Range, b: Range): boolean {
  const x = checkRange('a', a);
  const y = checkRange('b', b);
  return (
    x === y ||
    (x.unit === y.unit &&
      x.low === y.low &&
      x.high === y.high &&
      x.lowInclusive === y.lowInclusive &&
      x.highInclusive === y.highInclusive &&
      x.central === y.central &&
      x.qualifier === y.qualifier &&
      x.sigFigs === y.sigFigs &&
      x.change === y.change &&
      sameMeaning(x.meaning, y.meaning))
  );
}
