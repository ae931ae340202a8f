import type { Range } from '../range';
import type { UnitImpl } from '../unit/intern';
import { align } from './align';
import { checkRange } from './check';

/** The bounds of `b` in `a`'s unit, for comparing; widened outward if conversion rounds. */
export interface ComparedBounds {
  readonly low: number;
  readonly high: number;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

/**
 * Checks two ranges for comparison and expresses `b` in `a`'s unit.
 *
 * @throws {InvalidRangeError} when an argument is not a Range
 * @throws {UnitMismatchError} when the units measure different things
 */
export function comparable(a: Range, b: Range): ComparedBounds {
  const x = checkRange('a', a);
  const y = checkRange('b', b);
  if (y.unit === x.unit) return y;
  const { low, high } = align(y, x.unit as UnitImpl, 'compare');
  return { low, high, lowInclusive: y.lowInclusive, highInclusive: y.highInclusive };
}
