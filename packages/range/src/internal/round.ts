/**
 * Directed rounding for sound interval bounds. JavaScript only rounds to nearest, so each
 * operation finds out which way its result was rounded and moves it one ulp outward only
 * when the rounding went the wrong way. Exact results stay exact: `12 * 5` is 60, not
 * 60 ± 1 ulp. A sum's error comes from Knuth's TwoSum, a product's from Dekker's
 * TwoProduct, and a quotient's direction from the sign of its remainder (see `divBound`).
 * Where Dekker's splitting would underflow or overflow (magnitudes beyond 2^±900), the
 * result is moved one ulp outward unconditionally, which is sound and at most one ulp loose.
 *
 * Every function takes the direction `dir` of the bound it computes: -1 for a lower bound
 * (round down), 1 for an upper bound (round up). Callers pass a constant, which the
 * compiler folds when it inlines them.
 *
 * Overflow: a finite true value beyond the largest double rounds up to Infinity (an open
 * upper bound: sound) or, for a lower bound, down to Number.MAX_VALUE (sound); and
 * symmetrically for negative values.
 */

const MAX = Number.MAX_VALUE;
const MIN = Number.MIN_VALUE;
const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's constant for doubles

/**
 * For |x| >= 2^-960, x ± |x| * (2^-53 + 2^-105) rounds to exactly the neighbouring double:
 * the step is just over half an ulp and under one ulp plus a sliver, so round-to-nearest
 * lands on the neighbour (at a power of two, where the spacing below halves, it is still
 * the neighbour).
 */
export const NUDGE = 2 ** -53 + 2 ** -105;

/** The neighbouring double of a finite `x` in direction `dir`. */
const next = (x: number, dir: number): number => {
  const ax = x < 0 ? -x : x;
  return ax >= 2 ** -960 ? x + dir * ax * NUDGE : step(x, dir);
};

let view: DataView | undefined;

/**
 * `next` for tiny `x`, from its bits. As a signed 64-bit integer a double's bit pattern is
 * sign and magnitude, so one step away from zero adds 1 to it and one towards zero
 * subtracts 1, whatever the sign.
 */
function step(x: number, dir: number): number {
  if (x === 0) return dir * Number.MIN_VALUE;
  view ??= new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + (x * dir > 0 ? 1n : -1n));
  return view.getFloat64(0) + 0;
}

/**
 * Whether |x| lies in [2^-400, 2^400]. Quotients and products of two such numbers neither
 * overflow nor underflow, and Dekker's splitting is exact for them, so their rounding
 * needs no special cases: `div` takes a short path when its bounds are moderate, which
 * keeps its common case small enough for the compiler to inline whole.
 */
export const moderate = (x: number): boolean => {
  // x * x may round, by an ulp at most: harmless against the margins to 2^±900.
  const square = x * x;
  return square >= 2 ** -800 && square <= 2 ** 800;
};

const safe = (x: number): boolean => {
  const ax = x < 0 ? -x : x;
  return ax >= 2 ** -900 && ax <= 2 ** 900;
};

/** Exact error of `p = fl(a * b)`: a * b = p + error (Dekker). Needs safe magnitudes. */
export function productError(a: number, b: number, p: number): number {
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * The exact error of `p = fl(a * b)` for finite a and b, or NaN when it cannot be computed
 * (magnitudes beyond 2^±900), so that callers move outward.
 */
const productErrorOrNaN = (a: number, b: number, p: number): number =>
  p === 0 && (a === 0 || b === 0)
    ? 0
    : safe(a) && safe(b) && safe(p)
      ? productError(a, b, p)
      : Number.NaN;

/**
 * `v` when it is a bound in direction `dir` already (an open bound on its own side), else
 * the largest finite double on that side: a finite true value that overflowed.
 */
const clampOverflow = (v: number, dir: number): number => (v * dir > 0 ? v : -dir * MAX);

/**
 * A bound for a + b in direction `dir` (Infinity and -Infinity allowed, never of opposite
 * signs). An infinite operand gives an infinite sum; a finite sum that overflowed is
 * clamped on the bound's inner side.
 */
export function sumBound(a: number, b: number, dir: number): number {
  const s = a + b;
  if (s === Infinity || s === -Infinity) return a === s || b === s ? s : clampOverflow(s, dir);
  const bb = s - a;
  const error = a - (s - bb) + (b - bb);
  return error * dir > 0 ? next(s, dir) : s + 0;
}

/** A bound for a * b in direction `dir`; finite a and b. */
export function mulBound(a: number, b: number, dir: number): number {
  const p = a * b;
  if (p === Infinity || p === -Infinity) return clampOverflow(p, dir);
  // Underflow to 0 of a non-zero product: its sign is known, so 0 bounds it on one side and
  // the smallest double of that sign on the other. Stepping from 0 outward on both sides
  // would lose the sign: -5e-324 * 5e-324 is negative, never positive.
  if (p === 0 && a !== 0 && b !== 0) return (a < 0 !== b < 0) === dir > 0 ? 0 : dir * MIN;
  // `<= 0` is false for NaN: an unknown error moves the bound outward.
  return productErrorOrNaN(a, b, p) * dir <= 0 ? p : next(p, dir);
}

/*
 * Division, for a positive divisor (every caller has one: `div` divides by a positive
 * range, negating both operands otherwise, and unit ratios are positive). The exact a / b
 * exceeds q = fl(a / b) exactly when the remainder a - q * b is positive. Rounding to
 * nearest is monotone, so when p = fl(q * b) differs from a, the exact q * b lies on the
 * same side of a as p: the comparison alone gives the remainder's sign, with no
 * error-free transformation. Only when q * b rounds to a itself (an exact quotient, or one
 * within about half an ulp of a) is the product's exact error needed: then
 * a - q * b = -(q * b - p).
 */

/** A bound for a / b in direction `dir`; finite a, finite b > 0. */
export function divBound(a: number, b: number, dir: number): number {
  const q = a / b;
  if (q === Infinity || q === -Infinity) return clampOverflow(q, dir);
  const p = q * b;
  const remainder = p === a ? -productErrorOrNaN(q, b, p) : a - p;
  return remainder * dir <= 0 ? q : next(q, dir);
}
