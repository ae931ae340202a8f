import { roundOutward, roundToDigits, shortestDigits } from './decimal';

/**
 * How far below a decimal's own size a computed value may stray and still be read as that
 * decimal: 2^-49 of it, 8 to 16 units in the last place of a double. Interval arithmetic
 * moves each bound at most one unit outward per operation, so 19/50 as a percent comes out
 * 38.00000000000001, a hair above the 38 it is; a chain of a few operations stays well inside
 * this margin, and no figure a source states is that close to another.
 */
export const FLOAT_NOISE = 2 ** -49;

/**
 * Up to this many significant figures float noise is trimmed. Beyond it two distinct decimals
 * of `sigFigs + 1` digits could both lie within the noise margin of one double.
 */
const NOISE_TRIM_MAX_SIG_FIGS = 13;

/** Which way a bound may be rounded: a lower bound down, an upper bound up, a value to nearest. */
export type Side = 'low' | 'high' | 'nearest';

/** A number as it will be written: its value after rounding, and the digits to show. */
export interface ShownValue {
  readonly value: number;
  /** Significant digits to show (zeros padded where `value` has fewer). */
  readonly digits: number;
}

/**
 * The value a bound is written as, at `sigFigs` significant figures:
 *
 * - without `sigFigs` (an exact value), `x` itself, in full;
 * - zero as `0`, whatever the figures (never `0.00`);
 * - a value with no more digits than `sigFigs` plus one guard digit (`12.5` beside `19` at two
 *   figures) as it is, padded to `sigFigs` (`12.0` at three figures); float noise is read as
 *   the decimal it hides (38.00000000000001 is 38; see {@link FLOAT_NOISE});
 * - a value with more digits rounded to `sigFigs` plus that guard digit: a lower bound down and
 *   an upper bound up, so the written range holds every value of the range (16.67 as a lower
 *   bound is 16.6 at two figures, never 16.7); a lone value (`nearest`) to the nearest (31.67
 *   is 31.7). The guard digit is the one place a figure shows more than its sources: rounding
 *   outward at the sources' own precision would widen a computed bound by up to a whole unit of
 *   that precision (16.67 would read 16), so the reader would see a worse range than the
 *   arithmetic proved.
 *
 * @param x - a finite number
 * @param sigFigs - the figures to show, or undefined for all
 * @param side - which way rounding may go
 * @returns the value to write and its digits
 */
export function shownValue(x: number, sigFigs: number | undefined, side: Side): ShownValue {
  const full: ShownValue = { value: x, digits: Math.min(shortestDigits(x), 21) };
  if (sigFigs === undefined) return full;
  if (x === 0) return { value: 0, digits: 1 };
  let value = x;
  let digits = full.digits;
  if (digits > sigFigs + 1 && sigFigs <= NOISE_TRIM_MAX_SIG_FIGS) {
    const decimal = roundToDigits(x, sigFigs + 1);
    if (Math.abs(x - decimal) <= Math.abs(decimal) * FLOAT_NOISE) {
      value = decimal;
      digits = shortestDigits(decimal);
    }
  }
  if (digits <= sigFigs + 1) return { value, digits: Math.max(digits, sigFigs) };
  const shown = sigFigs + 1;
  const rounded =
    side === 'nearest'
      ? roundToDigits(value, shown)
      : roundOutward(value, shown, side === 'low' ? 'down' : 'up');
  // Past the largest double a rounded bound would become infinite: write it in full instead.
  return Number.isFinite(rounded) ? { value: rounded, digits: shown } : full;
}
