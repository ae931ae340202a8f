import type { Ratio } from '../unit/intern';
import { isExactRatio } from '../unit/intern';
import { divBound, mulBound } from './round';

/**
 * Relative widening for ratios whose integers passed 2^53 (units with large powers): the
 * ratio then carries rounding error of its own, far below 2^-40, which this covers.
 */
const LOOSE = 2 ** -40;

/**
 * A bound in direction `dir` (-1 lower, 1 upper) for x * num / den, with num and den
 * positive. Infinity and 0 pass through: a positive factor keeps an open bound open.
 *
 * @param x - the value, possibly infinite
 * @param ratio - the factor as [num, den]
 * @param dir - -1 for a lower bound, 1 for an upper bound
 * @returns a double on the `dir` side of the true x * num / den
 */
export function ratioBound(x: number, ratio: Ratio, dir: number): number {
  if (x === 0 || x === Infinity || x === -Infinity) return x;
  const [num, den] = ratio;
  let y = num === 1 ? x : mulBound(x, num, dir);
  if (den !== 1 && Number.isFinite(y)) y = divBound(y, den, dir);
  if (!isExactRatio(ratio) && Number.isFinite(y)) {
    y = mulBound(y, 1 + (y > 0 ? dir : -dir) * LOOSE, dir);
  }
  return y;
}
