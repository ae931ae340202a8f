import { checkRange } from '../internal/check';
import { scaledQualifier } from '../internal/derive';
import { RangeValue } from '../internal/range-value';
import type { Range } from '../range';

/**
 * Negates a range: [low, high] becomes [-high, -low], with inclusivity swapped. Exact.
 * "More than 350,000" becomes "less than -350,000".
 *
 * @param r - the range
 * @returns a new range in the same unit
 * @throws {InvalidRangeError} when `r` is not a Range
 * @example
 * ```ts
 * const change = negate(range(3, 5, '%'));
 * [change.low, change.high]; // => [-5, -3]
 * ```
 */
export function negate(r: Range): Range {
  const x = checkRange('r', r);
  return new RangeValue(
    -x.high,
    -x.low,
    x.highInclusive,
    x.lowInclusive,
    x.unit,
    scaledQualifier(x.qualifier, -1),
    x.meaning,
    x.central === undefined ? undefined : -x.central,
    x.sigFigs,
  );
}
