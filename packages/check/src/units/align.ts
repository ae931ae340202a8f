import {
  convert,
  div,
  formatRange,
  point,
  type Range,
  type Unit,
  UnitMismatchError,
} from '@reckon/range';
import { formatFigure } from '../words/format-figure';
import { differOnlyInCurrency } from './unit-kinds';

/**
 * A range re-expressed in another unit: `aligned` (with the rate used, if one was needed, and
 * whether it is the caller's rate turned round), `needs-rate` when only currencies or price
 * years differ and no rate given fits, or `incompatible` when the units measure different
 * things.
 */
export type Alignment =
  | {
      readonly kind: 'aligned';
      readonly range: Range;
      readonly rate?: Range;
      readonly inverted?: boolean;
    }
  | { readonly kind: 'needs-rate' }
  | { readonly kind: 'incompatible' };

/** Converts with a rate, or says it does not fit; any other failure is a real error. */
function tryRate(r: Range, target: Unit, rate: Range): Range | undefined {
  try {
    return convert(r, target, rate);
  } catch (error) {
    if (error instanceof UnitMismatchError) return undefined;
    throw error;
  }
}

/**
 * Expresses `r` in `target`, using one of the caller's `rates` (in either direction: a rate in
 * `KHR/USD` also converts KHR to USD) when currencies or price years differ. Never converts
 * currencies without a rate: that is the caller's knowledge, not ours.
 *
 * @param r - the range to convert
 * @param target - the unit wanted
 * @param rates - exchange rates or deflators, each a positive range in currency per currency
 * @returns the alignment
 */
export function alignTo(r: Range, target: Unit, rates: readonly Range[]): Alignment {
  if (r.unit.dimension === target.dimension) return { kind: 'aligned', range: convert(r, target) };
  if (!differOnlyInCurrency(r.unit, target)) return { kind: 'incompatible' };
  for (const rate of rates) {
    const direct = tryRate(r, target, rate);
    if (direct !== undefined) return { kind: 'aligned', range: direct, rate };
    const inverse = div(point(1, '1'), rate);
    const reversed = tryRate(r, target, inverse);
    if (reversed !== undefined) {
      return { kind: 'aligned', range: reversed, rate: inverse, inverted: true };
    }
  }
  return { kind: 'needs-rate' };
}

/**
 * The rate an alignment used, in words: the caller's rate as given, or, turned round, as a
 * computed figure (1 / 4,100 riel a dollar is 0.000244 dollars a riel, not 17 digits of it).
 *
 * @param aligned - an alignment that used a rate
 * @param rate - the rate it used
 * @returns the rate in words
 */
export function rateWords(aligned: Alignment, rate: Range): string {
  return aligned.kind === 'aligned' && aligned.inverted === true
    ? formatFigure(rate)
    : formatRange(rate);
}
