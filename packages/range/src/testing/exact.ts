/**
 * Helpers on doubles for this package's tests, beside the exact rational arithmetic shared
 * with `@reckon/check` (the repository's `test-support/exact.ts`). Test-only.
 */
import { expect } from 'vitest';
import { cmp, type Exact, exact } from '../../../../test-support/exact';
import type { Range } from '../range';

const view = new DataView(new ArrayBuffer(8));

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

/** Whether a double lies in a range (written out here, independent of `contains`). */
export function memberOf(x: number, r: Range): boolean {
  return (r.lowInclusive ? x >= r.low : x > r.low) && (r.highInclusive ? x <= r.high : x < r.high);
}

/**
 * Asserts that a result is as tight as outward rounding allows around the exact value `q`:
 * the point `q` when `q` is a double, else the two adjacent doubles either side of it.
 */
export function expectTight(result: Range, q: Exact): void {
  if (result.low === result.high) expect(cmp(exact(result.low), q)).toBe(0);
  else {
    expect(result.high).toBe(nextDouble(result.low));
    expect([cmp(exact(result.low), q), cmp(exact(result.high), q)]).toEqual([-1, 1]);
  }
}
