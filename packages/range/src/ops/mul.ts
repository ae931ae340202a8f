import { checkRange } from '../internal/check';
import {
  centralOf,
  centralResult,
  deriveMeaning,
  deriveQualifier,
  deriveSigFigs,
} from '../internal/derive';
import { productBounds } from '../internal/product-bounds';
import { RangeValue } from '../internal/range-value';
import { ratioBound } from '../internal/ratio-bounds';
import type { Range } from '../range';
import { combineUnits } from '../unit/combine';
import type { UnitImpl } from '../unit/intern';

/**
 * Multiplies two ranges: the tightest range holding x * y for every x in `a` and y in `b`,
 * with open bounds and zeros handled exactly (an open bound times 0 is 0). The unit is
 * the product unit with equal atoms cancelled, and dimensionless atoms folded into the
 * numbers: 60% of USD 10 billion is USD 6 billion.
 *
 * @param a - the left operand
 * @param b - the right operand
 * @returns a new range in the product unit
 * @throws {InvalidRangeError} when an argument is not a Range
 * @throws {UnitMismatchError} when a power in the product unit would exceed 20
 * @example
 * ```ts
 * const share = mul(point(60, '%'), point(10e9, 'USD'));
 * [share.low, String(share.unit)]; // => [6e9, 'USD']
 * const wages = mul(range(300, 500, 'USD/person/month'), range(100000, 350000, 'people'));
 * [wages.low, wages.high, String(wages.unit)]; // => [30e6, 175e6, 'USD/month']
 * ```
 */
export function mul(a: Range, b: Range): Range {
  const x = checkRange('a', a);
  const y = checkRange('b', b);
  const { unit, scale, scaleIsOne } = combineUnits(x.unit as UnitImpl, y.unit as UnitImpl, 1);
  let { low, high, lowInclusive, highInclusive } = productBounds(x, y);
  let central =
    x.central === undefined && y.central === undefined
      ? undefined
      : centralResult(x, centralOf(y), (p, q) => p * q);
  if (!scaleIsOne) {
    low = ratioBound(low, scale, -1);
    high = ratioBound(high, scale, 1);
    if (central !== undefined) central = (central * scale[0]) / scale[1];
  }
  return new RangeValue(
    low,
    high,
    lowInclusive,
    highInclusive,
    unit,
    deriveQualifier(x.qualifier, y.qualifier, low, high, lowInclusive, highInclusive),
    deriveMeaning(x.meaning, y.meaning),
    central,
    deriveSigFigs(x.sigFigs, y.sigFigs),
  );
}
