import { InvalidRangeError } from '../errors';
import {
  centralOutside,
  emptyRange,
  lowAboveHigh,
  openBoundInclusive,
  showBounds,
} from '../messages';
import type { Range, RangeOptions } from '../range';
import type { Unit } from '../unit/types';
import { refuse } from './check';
import { BOUNDS, checkMeaning } from './meaning';
import { RangeValue } from './range-value';

const QUALIFIERS: readonly unknown[] = [
  'exact',
  'approx',
  'at-least',
  'more-than',
  'at-most',
  'less-than',
  'vague',
];

function checkBound(field: 'low' | 'high', value: unknown): number {
  const open = field === 'low' ? -Infinity : Infinity;
  if (typeof value !== 'number' || Number.isNaN(value) || value === -open) {
    refuse(field, `a finite number, or ${open} for an open bound`, value);
  }
  return value + 0; // -0 becomes 0, so equal ranges are equal under Object.is
}

function checkInclusive(
  field: 'lowInclusive' | 'highInclusive',
  value: unknown,
  bound: number,
): boolean {
  const finite = Number.isFinite(bound);
  if (value === undefined) return finite;
  if (typeof value !== 'boolean') refuse(field, 'true or false', value);
  if (value && !finite) throw new InvalidRangeError(openBoundInclusive(field), field);
  return value;
}

/**
 * Every option of {@link RangeOptions} written out, `undefined` where not given. The parser
 * passes its options in this form: one object shape for every range it makes, rather than
 * one per set of options present (see `buildRange`).
 */
export type RangeSettings = { readonly [K in keyof RangeOptions]-?: RangeOptions[K] | undefined };

/**
 * What `range()` does, with the unit resolved by the caller's `toUnit`: `range()` reads
 * unit text with `unit()`; the parser, which builds its units from words, passes them as
 * they are, so an app that only parses does not bundle the unit expression reader. The
 * checks run in `range()`'s documented order, so both report the same first error.
 *
 * @param low - the low bound, or -Infinity
 * @param high - the high bound, or Infinity
 * @param unit - the unit as given
 * @param toUnit - turns `unit` into an interned unit, throwing for a bad one
 * @param options - as `range()` takes them
 * @returns the range
 * @throws {InvalidRangeError} as `range()` documents
 */
export function checkedRange<U>(
  low: number,
  high: number,
  unit: U,
  toUnit: (unit: U) => Unit,
  options?: RangeOptions | RangeSettings,
): Range {
  const lo = checkBound('low', low);
  const hi = checkBound('high', high);
  if (lo > hi) throw new InvalidRangeError(lowAboveHigh(lo, hi), 'low');
  const u = toUnit(unit);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    refuse('options', 'an object such as { sigFigs: 2 }', options);
  }
  const o: RangeOptions | RangeSettings = options ?? {};
  const lowInclusive = checkInclusive('lowInclusive', o.lowInclusive, lo);
  const highInclusive = checkInclusive('highInclusive', o.highInclusive, hi);
  if (lo === hi && !(lowInclusive && highInclusive)) {
    throw new InvalidRangeError(
      emptyRange(showBounds(lo, hi, lowInclusive, highInclusive, u.text)),
      lowInclusive ? 'highInclusive' : 'lowInclusive',
    );
  }
  const qualifier = o.qualifier ?? 'exact';
  if (!QUALIFIERS.includes(qualifier))
    refuse('qualifier', `one of ${QUALIFIERS.join(', ')}`, qualifier);
  const meaning = o.meaning === undefined ? BOUNDS : checkMeaning(o.meaning);
  let central = o.central;
  if (central !== undefined) {
    if (typeof central !== 'number' || !Number.isFinite(central)) {
      refuse('central', 'a finite number', central);
    }
    central += 0;
    // The closure of the bounds: "nearly 18 million" has its best guess on the open end.
    const inside = central >= lo && central <= hi;
    if (!inside) {
      const shown = showBounds(lo, hi, lowInclusive, highInclusive, u.text);
      throw new InvalidRangeError(centralOutside(central, shown), 'central');
    }
  }
  const sigFigs = o.sigFigs;
  if (sigFigs !== undefined && !(Number.isSafeInteger(sigFigs) && sigFigs >= 1)) {
    refuse('sigFigs', 'a positive integer (the significant figures of the source)', sigFigs);
  }
  const change = o.change;
  if (change !== undefined && change !== 'rise' && change !== 'fall') {
    refuse('change', "'rise' or 'fall'", change);
  }
  return new RangeValue(
    lo,
    hi,
    lowInclusive,
    highInclusive,
    u,
    qualifier,
    meaning,
    central,
    sigFigs,
    change,
  );
}
