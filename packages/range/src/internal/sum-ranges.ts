import type { Range } from '../range';
import type { UnitImpl } from '../unit/intern';
import { align } from './align';
import { checkRange } from './check';
import { centralOf, centralResult, deriveMeaning, deriveQualifier, deriveSigFigs } from './derive';
import { RangeValue } from './range-value';
import { sumBound } from './round';

/**
 * `a + b` (sign 1) or `a - b` (sign -1), for `add` and `sub`: the tightest range holding
 * x ± y for every x in `a` and y in `b`. Subtracting `b` adds -b, whose bounds are b's
 * swapped and negated, inclusivity included. `b` is converted to `a`'s unit when they
 * share a dimension; the result is in `a`'s unit.
 *
 * @throws {InvalidRangeError} when an argument is not a Range
 * @throws {UnitMismatchError} when the units measure different things
 */
export function sumRanges(a: Range, b: Range, sign: 1 | -1): RangeValue {
  const x = checkRange('a', a);
  const y = checkRange('b', b);
  let yLow = y.low;
  let yHigh = y.high;
  let yGuess: number | undefined;
  if (y.unit !== x.unit) {
    ({
      low: yLow,
      high: yHigh,
      central: yGuess,
    } = align(y, x.unit as UnitImpl, sign > 0 ? 'add' : 'subtract'));
  } else {
    yGuess = centralOf(y);
  }
  const adding = sign > 0;
  const low = sumBound(x.low, adding ? yLow : -yHigh, -1);
  const high = sumBound(x.high, adding ? yHigh : -yLow, 1);
  const lowInclusive = x.lowInclusive && (adding ? y.lowInclusive : y.highInclusive);
  const highInclusive = x.highInclusive && (adding ? y.highInclusive : y.lowInclusive);
  const central =
    x.central === undefined && y.central === undefined
      ? undefined
      : centralResult(x, yGuess, (p, q) => p + sign * q);
  return new RangeValue(
    low,
    high,
    lowInclusive,
    highInclusive,
    x.unit,
    deriveQualifier(x.qualifier, y.qualifier, low, high, lowInclusive, highInclusive),
    deriveMeaning(x.meaning, y.meaning),
    central,
    deriveSigFigs(x.sigFigs, y.sigFigs),
  );
}
