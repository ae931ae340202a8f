import { InvalidRangeError, UnitMismatchError } from '../errors';
import { align } from '../internal/align';
import { checkRange } from '../internal/check';
import { RangeValue } from '../internal/range-value';
import { rateNotPositive, showBounds, wrongRateUnit } from '../messages';
import type { Range } from '../range';
import { combineUnits } from '../unit/combine';
import type { UnitImpl } from '../unit/intern';
import type { Unit } from '../unit/types';
import { toUnit } from '../unit/unit';
import { mul } from './mul';

/**
 * Converts a range to another unit. Without `rate`, the units must share a dimension
 * (`USD/month` to `USD/year`, `1` to `%`); the conversion is exact where the numbers
 * allow and widened outward by an ulp where they do not. Currencies and price years never
 * convert implicitly: pass `rate`, itself a range (an exchange rate is uncertain too), in
 * target-per-source units such as `KHR/USD`; the result is `r` × `rate` in `unit`, so the
 * rate's uncertainty widens the result.
 *
 * @param r - the range to convert
 * @param unit - the target unit, as a `Unit` or text
 * @param rate - for currencies and price years: a positive range in target/source units
 * @returns a new range in `unit`
 * @throws {UnitMismatchError} when the units measure different things, a currency or price
 *   year changes without a rate, or the rate's unit does not turn `r` into `unit`
 * @throws {InvalidRangeError} when `r` or `rate` is not a Range, or `rate` is not positive
 * @throws {UnitSyntaxError | UnknownCurrencyError} when `unit` is text that cannot be read
 * @example
 * ```ts
 * convert(point(1000, 'USD/month'), 'USD/year').low; // => 12000
 * convert(point(0.38, '1'), '%').low; // => 38
 * const riel = convert(point(100, 'USD'), 'KHR', range(4000, 4100, 'KHR/USD'));
 * [riel.low, riel.high]; // => [400000, 410000]
 * ```
 */
export function convert(r: Range, unit: Unit | string, rate?: Range): Range {
  const x = checkRange('r', r);
  const target = toUnit(unit) as UnitImpl;
  if (rate !== undefined) return convertWithRate(x, target, rate);
  if (target === x.unit) return x;
  const { low, high, central } = align(x, target, 'convert');
  return new RangeValue(
    low,
    high,
    x.lowInclusive,
    x.highInclusive,
    target,
    x.qualifier, // a change of unit says nothing new about the bounds
    x.meaning,
    x.central === undefined ? undefined : central,
    x.sigFigs,
  );
}

function convertWithRate(x: RangeValue, target: UnitImpl, rate: Range): Range {
  const y = checkRange('rate', rate);
  if (!(y.low > 0 || (y.low === 0 && !y.lowInclusive))) {
    const shown = showBounds(y.low, y.high, y.lowInclusive, y.highInclusive, y.unit.text);
    throw new InvalidRangeError(rateNotPositive(shown), 'rate');
  }
  const product = mul(x, y);
  if (product.unit.dimension !== target.dimension) {
    const expected = combineUnits(target, x.unit as UnitImpl, -1).unit.text;
    throw new UnitMismatchError(wrongRateUnit(x.unit.text, target.text, expected, y.unit.text));
  }
  return convert(product, target);
}
