import { mulBound } from './round';

/** An interval's bounds: an operand, or a result before its unit and metadata. */
export interface Bounds {
  low: number;
  high: number;
  lowInclusive: boolean;
  highInclusive: boolean;
}

/**
 * A corner's product, as a bound in direction `dir` (-1 lower, 1 upper). Zero times
 * anything, an open bound included, is 0: every y gives 0 * y = 0, and on a box the other
 * corners already carry any unbounded growth, so 0 * Infinity never has to be NaN.
 */
function cornerBound(x: number, y: number, dir: number): number {
  if (x === 0 || y === 0) return 0;
  if (!(Number.isFinite(x) && Number.isFinite(y))) return x > 0 === y > 0 ? Infinity : -Infinity;
  return mulBound(x, y, dir);
}

/**
 * Whether a corner's product is attained: when both bounds are (an open bound never is),
 * or when one of them is an attained 0, which makes the product 0 whatever the other is.
 */
const attained = (x: number, xi: boolean, y: number, yi: boolean): boolean =>
  (xi && yi) || (x === 0 && xi) || (y === 0 && yi);

/**
 * The tightest bounds of {x * y : x in A, y in B} for intervals A and B. On a box the
 * product's extremes are at the corners (it is monotone in each factor), so the four
 * corner products, rounded outward, bound it; a bound is inclusive when some corner
 * giving that value is attained.
 */
export function productBounds(a: Bounds, b: Bounds): Bounds {
  const out: Bounds = { low: Infinity, high: -Infinity, lowInclusive: false, highInclusive: false };
  for (let corner = 0; corner < 4; corner++) {
    const x = corner < 2 ? a.low : a.high;
    const xi = corner < 2 ? a.lowInclusive : a.highInclusive;
    const y = corner % 2 ? b.high : b.low;
    const yi = corner % 2 ? b.highInclusive : b.lowInclusive;
    const isAttained = attained(x, xi, y, yi);
    // A 0 bound from two non-zero factors is an underflow the product never reaches: it is
    // exclusive, so the result keeps the product's sign.
    const underflow = x !== 0 && y !== 0;
    const down = cornerBound(x, y, -1);
    if (down <= out.low) {
      const reached = isAttained && !(down === 0 && underflow);
      out.lowInclusive = reached || (down === out.low && out.lowInclusive);
      out.low = down;
    }
    const up = cornerBound(x, y, 1);
    if (up >= out.high) {
      const reached = isAttained && !(up === 0 && underflow);
      out.highInclusive = reached || (up === out.high && out.highInclusive);
      out.high = up;
    }
  }
  return out;
}
