/**
 * Exact rational arithmetic for tests: every finite double is a fraction n / d with d a
 * power of two, so sums, products and quotients of doubles are compared with range bounds
 * without any rounding. This is the oracle for the containment laws. Test-only.
 */
import type { Range } from '../range';

export interface Exact {
  readonly n: bigint;
  readonly d: bigint; // > 0
}

const view = new DataView(new ArrayBuffer(8));

/** The exact value of a finite double. */
export function exact(x: number): Exact {
  if (!Number.isFinite(x)) throw new Error(`exact(${x}): not finite`);
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const negative = hi >>> 31 === 1;
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074; // subnormal
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  const n = negative ? -mantissa : mantissa;
  return exponent >= 0 ? { n: n << BigInt(exponent), d: 1n } : { n, d: 1n << BigInt(-exponent) };
}

/**
 * The next double above a finite `x`, from its bits (written out here, independent of the
 * package's rounding code).
 */
export function nextDouble(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0) + 0;
}

export const addE = (a: Exact, b: Exact): Exact => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const mulE = (a: Exact, b: Exact): Exact => ({ n: a.n * b.n, d: a.d * b.d });
export const divE = (a: Exact, b: Exact): Exact =>
  b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
export const ratioE = (num: number, den: number): Exact => ({ n: BigInt(num), d: BigInt(den) });

/** Sign of a - b. */
export function cmp(a: Exact, b: Exact): number {
  const diff = a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** Whether an exact value lies in a range, honouring open and exclusive bounds. */
export function inRange(v: Exact, r: Range): boolean {
  const lowOk =
    r.low === -Infinity || (r.lowInclusive ? cmp(v, exact(r.low)) >= 0 : cmp(v, exact(r.low)) > 0);
  const highOk =
    r.high === Infinity ||
    (r.highInclusive ? cmp(v, exact(r.high)) <= 0 : cmp(v, exact(r.high)) < 0);
  return lowOk && highOk;
}

/** Whether a double lies in a range (written out here, independent of `contains`). */
export function memberOf(x: number, r: Range): boolean {
  return (r.lowInclusive ? x >= r.low : x > r.low) && (r.highInclusive ? x <= r.high : x < r.high);
}
