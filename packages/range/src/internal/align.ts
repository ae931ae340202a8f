import { UnitMismatchError } from '../errors';
import { type Combination, mismatch } from '../messages';
import { combineUnits, conversionRatio } from '../unit/combine';
import type { Ratio, UnitImpl } from '../unit/intern';
import { centralOf } from './derive';
import type { RangeValue } from './range-value';
import { ratioBound } from './ratio-bounds';

/** A range's bounds and best guess, re-expressed in another unit of its dimension. */
export interface Aligned {
  readonly low: number;
  readonly high: number;
  readonly central: number | undefined;
}

/**
 * The ratio from `from` to `to`, which must share a dimension.
 *
 * @param combination - what the caller is doing, for the message
 * @throws {UnitMismatchError} when the dimensions differ; the message names the rate's unit
 *   when they differ only in currencies or price years
 */
function ratioBetween(from: UnitImpl, to: UnitImpl, combination: Combination): Ratio {
  if (from.dimension !== to.dimension) {
    const rate = combineUnits(to, from, -1).unit;
    const currenciesOnly = rate.atoms.every((atom) => atom.kind === 'currency');
    throw new UnitMismatchError(
      mismatch(combination, from.text, to.text, currenciesOnly ? rate.text : undefined),
    );
  }
  return conversionRatio(from, to);
}

/**
 * `r`'s bounds in `to` (widened outward when the conversion rounds), and its central
 * value (or its value, for a point) converted to nearest.
 *
 * @throws {UnitMismatchError} when the dimensions differ
 */
export function align(r: RangeValue, to: UnitImpl, combination: Combination): Aligned {
  const ratio = ratioBetween(r.unit as UnitImpl, to, combination);
  const c = centralOf(r);
  return {
    low: ratioBound(r.low, ratio, -1),
    high: ratioBound(r.high, ratio, 1),
    central: c === undefined ? c : (c * ratio[0]) / ratio[1],
  };
}
