import { DivisionByZeroError } from '../errors';
import { checkRange } from '../internal/check';
import {
  centralOf,
  centralResult,
  deriveMeaning,
  deriveQualifier,
  deriveSigFigs,
} from '../internal/derive';
import { attained, moderateQuotient, quotientBound } from '../internal/quotient-bounds';
import { RangeValue } from '../internal/range-value';
import { ratioBound } from '../internal/ratio-bounds';
import { moderate } from '../internal/round';
import { divisionByZero, showBounds } from '../messages';
import type { Range } from '../range';
import { combineUnits } from '../unit/combine';
import type { UnitImpl } from '../unit/intern';

/**
 * Divides `a` by `b`: the tightest range holding x / y for every x in `a` and y in `b`.
 * Dividing by a quantity with only a lower bound gives a result with only an upper bound:
 * USD 50–75 billion a year over more than 350,000 people is (0, ~214,286) USD per person
 * a year. The unit is the quotient unit, equal atoms cancelled (`USD/year` ÷ `USD/year` is
 * `1`) and dimensionless atoms folded into the numbers (÷ 60% is ÷ 0.6).
 *
 * @param a - the dividend
 * @param b - the divisor; must not contain 0, though 0 may be an excluded bound, as in (0, 5]
 * @returns a new range in the quotient unit
 * @throws {DivisionByZeroError} when `b` contains 0
 * @throws {InvalidRangeError} when an argument is not a Range
 * @throws {UnitMismatchError} when a power in the quotient unit would exceed 20
 * @example
 * ```ts
 * const gdp = div(range(12.5e9, 19e9, 'USD/year'), point(60, '%'));
 * Math.round(gdp.high / 1e6); // => 31667
 * const perWorker = div(range(50e9, 75e9, 'USD/year'), range(350000, Infinity, 'people', { lowInclusive: false }));
 * [perWorker.low, Math.round(perWorker.high), perWorker.highInclusive]; // => [0, 214286, false]
 * ```
 */
export function div(a: Range, b: Range): Range {
  const x = checkRange('a', a);
  const y = checkRange('b', b);
  // A negative divisor: A / B = (-A) / (-B), so work with a positive divisor.
  const flip = y.high <= 0;
  const yl = flip ? -y.high : y.low;
  const yli = flip ? y.highInclusive : y.lowInclusive;
  // Now B contains 0 exactly when its low bound is below 0 or an included 0.
  if (yl < 0 || (yl === 0 && yli)) {
    const shown = showBounds(y.low, y.high, y.lowInclusive, y.highInclusive, y.unit.text);
    throw new DivisionByZeroError(divisionByZero(shown));
  }
  const yh = flip ? -y.low : y.high;
  const yhi = flip ? y.lowInclusive : y.highInclusive;
  const xl = flip ? -x.high : x.low;
  const xli = flip ? x.highInclusive : x.lowInclusive;
  const xh = flip ? -x.low : x.high;
  const xhi = flip ? x.lowInclusive : x.highInclusive;
  const { unit, scale, scaleIsOne } = combineUnits(x.unit as UnitImpl, y.unit as UnitImpl, -1);
  // The corners that bound x / y for a positive divisor (see quotient-bounds.ts): the low
  // bound is xl over yh when xl >= 0, else over yl; the high bound xh over yl when
  // xh >= 0, else over yh.
  const lowOver = xl >= 0 ? yh : yl;
  const highOver = xh >= 0 ? yl : yh;
  const lowOverInclusive = xl >= 0 ? yhi : yli;
  const highOverInclusive = xh >= 0 ? yli : yhi;
  let low: number;
  let high: number;
  let lowInclusive: boolean;
  let highInclusive: boolean;
  if (moderate(xl) && moderate(xh) && moderate(yl) && moderate(yh)) {
    // The common case: no bound is 0, infinite, huge or tiny, so no corner is 0 or
    // infinite, and a corner is attained exactly when both its bounds are.
    low = moderateQuotient(xl, lowOver, -1);
    high = moderateQuotient(xh, highOver, 1);
    lowInclusive = xli && lowOverInclusive;
    highInclusive = xhi && highOverInclusive;
  } else {
    low = quotientBound(xl, lowOver, -1);
    high = quotientBound(xh, highOver, 1);
    lowInclusive = attained(xl, xli, lowOver, lowOverInclusive);
    highInclusive = attained(xh, xhi, highOver, highOverInclusive);
  }
  let central =
    x.central === undefined && y.central === undefined
      ? undefined
      : centralResult(x, centralOf(y), (p, q) => p / q);
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
