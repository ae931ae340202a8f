import { refuse } from './internal/check';
import { checkedRange } from './internal/checked-range';
import type { Unit } from './unit/types';
import { toUnit } from './unit/unit';

/**
 * How a source qualified a figure: `exact` ("$12.5 to $19 billion"), `approx` ("around"),
 * `at-least`, `more-than` ("easily exceeds"), `at-most` ("as much as"), `less-than`
 * ("nearly"), `vague` ("tens of thousands").
 */
export type Qualifier =
  | 'exact'
  | 'approx'
  | 'at-least'
  | 'more-than'
  | 'at-most'
  | 'less-than'
  | 'vague';

/**
 * What a range stands for, because sources differ: hard `bounds` (the default); an
 * `interval` at a confidence or credibility `level` (0.9 for 90%); low and high
 * `scenarios`; or `plus-minus` measurement uncertainty.
 */
export type Meaning =
  | { readonly kind: 'bounds' }
  | { readonly kind: 'interval'; readonly level: number }
  | { readonly kind: 'scenarios' }
  | { readonly kind: 'plus-minus' };

/**
 * The direction of a change the source stated: a `fall` ("fell 2.6%", "a 12% slump") is
 * negative, a `rise` positive, so arithmetic applies it; formatting writes it back ("a fall
 * of 12%").
 */
export type Change = 'rise' | 'fall';

/**
 * An immutable range of values in a unit. `low`/`high` are in the range's own unit (60 for
 * sixty percent), `-Infinity`/`Infinity` when a bound is open; an open bound is always
 * exclusive. A point value has `low === high`.
 *
 * Ranges are immutable by type and by contract, not frozen: every field is `readonly` and
 * no function of this package changes a range, but the objects are not `Object.freeze`d,
 * because freezing every result would cost as much as the arithmetic. Code that writes to
 * a range through a cast breaks the invariants the operations rely on.
 */
export interface Range {
  readonly low: number;
  readonly high: number;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
  /**
   * The best guess, when the source gives one; within the bounds, or on an exclusive one
   * ("nearly 18 million" is [17.5, 18) million with the best guess 18 million).
   */
  readonly central?: number;
  readonly unit: Unit;
  readonly qualifier: Qualifier;
  readonly meaning: Meaning;
  /** Significant figures of what the range came from; absent when exact. */
  readonly sigFigs?: number;
  /** A stated change ("fell 2.6%"); absent for a level. Arithmetic does not carry it. */
  readonly change?: Change;
}

/** Optional parts of a range; every one has a default. */
export interface RangeOptions {
  /** Default: `true` for a finite bound, `false` (and only `false`) for an open one. */
  readonly lowInclusive?: boolean;
  /** Default: `true` for a finite bound, `false` (and only `false`) for an open one. */
  readonly highInclusive?: boolean;
  readonly central?: number;
  /** Default: `exact`. */
  readonly qualifier?: Qualifier;
  /** Default: `{ kind: 'bounds' }`. */
  readonly meaning?: Meaning;
  readonly sigFigs?: number;
  /** `rise` or `fall` when the range is a stated change. */
  readonly change?: Change;
}

/**
 * Makes a range from its bounds.
 *
 * @param low - the low bound in `unit`; `-Infinity` when open
 * @param high - the high bound in `unit`; `Infinity` when open
 * @param unit - a `Unit` or unit text such as `'USD/year'`
 * @param options - inclusivity, central value, qualifier, meaning, significant figures
 * @returns a new `Range`, immutable (see the `Range` type)
 * @throws {InvalidRangeError} for a bound that is not a number or is NaN, low above high,
 *   an empty range, an inclusive open bound, a central value outside the bounds, `sigFigs`
 *   that is not a positive integer, an unknown qualifier, a malformed meaning, or a
 *   `change` other than `rise` or `fall`
 * @throws {UnitSyntaxError | UnknownCurrencyError} when `unit` is text that cannot be read
 * @example
 * ```ts
 * const revenue = range(12.5e9, 19e9, 'USD/year', { sigFigs: 2 });
 * revenue.high; // => 19e9
 * String(revenue.unit); // => 'USD/year'
 * range(350000, Infinity, 'people', { lowInclusive: false }).highInclusive; // => false
 * ```
 */
export function range(
  low: number,
  high: number,
  unit: Unit | string,
  options?: RangeOptions,
): Range {
  return checkedRange(low, high, unit, toUnit, options);
}

/**
 * Makes a point range, `low === high === value`.
 *
 * @param value - a finite number in `unit`
 * @param unit - a `Unit` or unit text such as `'%'`
 * @param options - central value, qualifier, meaning, significant figures
 * @returns a new `Range`, immutable (see the `Range` type)
 * @throws {InvalidRangeError} for a value that is not a finite number, or bad options
 * @throws {UnitSyntaxError | UnknownCurrencyError} when `unit` is text that cannot be read
 * @example
 * ```ts
 * const share = point(60, '%', { qualifier: 'at-most', sigFigs: 2 });
 * share.low; // => 60
 * share.unit.factor; // => 0.01
 * ```
 */
export function point(
  value: number,
  unit: Unit | string,
  options?: Omit<RangeOptions, 'lowInclusive' | 'highInclusive'>,
): Range {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    refuse('value', 'a finite number (for an open range, use range(low, Infinity, unit))', value);
  }
  return range(value, value, unit, options);
}
