/**
 * The invariants every Range satisfies, checked on every result in the property tests:
 * no NaN anywhere, low <= high, open bounds exclusive, a point inclusive, central inside the closure of the bounds,
 * and a package-made Range, so it can be passed on to further arithmetic. Test-only.
 */
import { expect } from 'vitest';
import { isRange } from '../internal/range-value';
import type { Range } from '../range';

export function expectValidRange(r: Range): void {
  expect(Number.isNaN(r.low) || Number.isNaN(r.high)).toBe(false);
  expect(r.low).not.toBe(Infinity);
  expect(r.high).not.toBe(-Infinity);
  expect(r.low <= r.high).toBe(true);
  if (r.low === -Infinity) expect(r.lowInclusive).toBe(false);
  if (r.high === Infinity) expect(r.highInclusive).toBe(false);
  if (r.low === r.high) expect(r.lowInclusive && r.highInclusive).toBe(true);
  if (r.central !== undefined) {
    expect(Number.isFinite(r.central)).toBe(true);
    expect(r.central >= r.low && r.central <= r.high).toBe(true);
  }
  if (r.sigFigs !== undefined) expect(Number.isInteger(r.sigFigs) && r.sigFigs >= 1).toBe(true);
  if (r.meaning.kind === 'interval') expect(r.meaning.level > 0 && r.meaning.level < 1).toBe(true);
  expect(isRange(r)).toBe(true);
}
