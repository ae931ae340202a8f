/**
 * Exact rational arithmetic for tests: every finite double is a fraction n / d with d a
 * power of two, so sums, products and quotients of doubles drawn from ranges are compared with
 * computed bounds without any rounding. This is the oracle for the containment laws of
 * `@reckon/range`'s operations and `@reckon/check`'s derived figures. Test-only, and written
 * out here, independent of the packages' own rounding code.
 */

/** A rational number n / d, exactly. */
export interface Exact {
  readonly n: bigint;
  readonly d: bigint; // > 0
}

/** The bounds of a range, as `@reckon/range`'s `Range` has them. */
export interface Bounds {
  readonly low: number;
  readonly high: number;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

const view = new DataView(new ArrayBuffer(8));

/** The exact value of a finite double, read from its bits. */
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

export const addE = (a: Exact, b: Exact): Exact => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const mulE = (a: Exact, b: Exact): Exact => ({ n: a.n * b.n, d: a.d * b.d });
/** a / b, keeping the denominator positive. */
export const divE = (a: Exact, b: Exact): Exact =>
  b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
/** The fraction num / den of two integers, e.g. a unit's conversion factor. */
export const ratioE = (num: number, den: number): Exact => ({ n: BigInt(num), d: BigInt(den) });

/** Sign of a - b. */
export function cmp(a: Exact, b: Exact): number {
  const diff = a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** Whether an exact value lies within bounds, honouring open and exclusive bounds. */
export function inRange(v: Exact, r: Bounds): boolean {
  const lowOk =
    r.low === -Infinity || (r.lowInclusive ? cmp(v, exact(r.low)) >= 0 : cmp(v, exact(r.low)) > 0);
  const highOk =
    r.high === Infinity ||
    (r.highInclusive ? cmp(v, exact(r.high)) <= 0 : cmp(v, exact(r.high)) < 0);
  return lowOk && highOk;
}

/** The decimal value of an exact fraction, for failure messages. */
export const show = (v: Exact): string => String(Number(v.n) / Number(v.d));
