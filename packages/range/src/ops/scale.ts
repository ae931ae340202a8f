import { InvalidRangeError } from '../errors';
import { checkRange } from '../internal/check';
import { deriveQualifier, scaledQualifier } from '../internal/derive';
import { productBounds } from '../internal/product-bounds';
import { RangeValue } from '../internal/range-value';
import { mustBe } from '../messages';
import type { Range } from '../range';

/**
 * Multiplies a range by an exact constant `k`, keeping its unit, meaning and significant
 * figures (an exact factor adds no uncertainty). A negative `k` swaps the bounds; `k = 0`
 * gives the point 0, even for an open range.
 *
 * @param r - the range
 * @param k - a finite number, taken as exact
 * @returns a new range in `r`'s unit
 * @throws {InvalidRangeError} when `r` is not a Range or `k` is not a finite number
 * @example
 * ```ts
 * const monthly = scale(range(12.5e9, 19e9, 'USD/year'), 1 / 4);
 * [monthly.low, monthly.high]; // => [3.125e9, 4.75e9]
 * ```
 */
export function scale(r: Range, k: number): Range {
  const x = checkRange('r', r);
  if (typeof k !== 'number' || !Number.isFinite(k)) {
    throw new InvalidRangeError(mustBe('scale factor', 'a finite number', k), 'k');
  }
  const constant = { low: k, high: k, lowInclusive: true, highInclusive: true };
  const { low, high, lowInclusive, highInclusive } = productBounds(x, constant);
  return new RangeValue(
    low,
    high,
    lowInclusive,
    highInclusive,
    x.unit,
    // A bound that overflowed is open now: `exact` no longer describes the result's shape.
    deriveQualifier(
      scaledQualifier(x.qualifier, k),
      'exact',
      low,
      high,
      lowInclusive,
      highInclusive,
    ),
    x.meaning,
    x.central === undefined ? undefined : x.central * k,
    x.sigFigs,
  );
}
