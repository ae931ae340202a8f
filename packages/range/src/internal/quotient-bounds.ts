import { divBound, NUDGE, productError } from './round';

/**
 * Quotient corners for `div`, for a divisor interval that is positive (0 only as an
 * excluded low bound; `div` negates both operands of a negative divisor). The extremes of
 * {x / y} are then known corners: the low bound is a.low / b.high when a.low >= 0 and
 * a.low / b.low otherwise; the high bound is a.high / b.low when a.high >= 0 and
 * a.high / b.high otherwise.
 */

/**
 * A bound in direction `dir` (-1 lower, 1 upper) for x / y, for moderate x and y > 0 (see
 * `moderate`): `divBound` without its special cases, small enough for the compiler to
 * inline into `div`, where it is the common case.
 */
export function moderateQuotient(x: number, y: number, dir: number): number {
  const q = x / y;
  const p = q * y;
  const remainder = p === x ? -productError(q, y, p) : x - p;
  // q is moderate too, so its neighbour is a nudge away.
  return remainder * dir > 0 ? q + dir * (q < 0 ? -q : q) * NUDGE : q;
}

/**
 * A bound in direction `dir` (-1 lower, 1 upper) for x / y at a corner, for any x and
 * y >= 0, 0 only as an excluded bound: 0 / y is 0, x / 0+ is ±Infinity (the quotient grows
 * without bound), ±Infinity / y is ±Infinity, x / Infinity tends to 0. Infinity / Infinity
 * is never a selected corner; if it were, the bound's open side would say nothing false.
 */
export function quotientBound(x: number, y: number, dir: number): number {
  if (x === 0) return 0;
  if (y === 0) return x > 0 ? Infinity : -Infinity;
  if (x === Infinity || x === -Infinity) return y === Infinity ? dir * Infinity : x;
  return y === Infinity ? 0 : divBound(x, y, dir);
}

/** Attained when both bounds are (and the divisor's is a real number), or x is an attained 0. */
export const attained = (x: number, xi: boolean, y: number, yi: boolean): boolean =>
  xi && (x === 0 || (yi && y !== 0 && y !== Infinity));
