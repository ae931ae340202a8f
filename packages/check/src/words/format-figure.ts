import { type FormatOptions, formatRange, type Range, range } from '@reckon/range';

/**
 * The significant figures a figure is given when none of its inputs carries any (every input
 * exact): its digits are then the arithmetic's (12.5 / 45 is 0.2777…), not a source's. Two,
 * which `formatRange` writes with a guard digit and rounds outward (27.7%), so the figure shown
 * still holds the figure computed.
 *
 * @example
 * ```ts
 * import { EXACT_FIGURE_SIG_FIGS } from '@reckon/check';
 * EXACT_FIGURE_SIG_FIGS; // => 2
 * ```
 */
export const EXACT_FIGURE_SIG_FIGS = 2;

/** A positive figure's range above 0 as "up to" its upper bound: (0, X) read as (-inf, X). */
function upperPart(r: Range): Range {
  return range(-Infinity, r.high, r.unit, {
    highInclusive: r.highInclusive,
    qualifier: r.highInclusive ? 'at-most' : 'less-than',
    meaning: r.meaning,
    ...(r.central !== undefined && { central: r.central }),
    ...(r.sigFigs !== undefined && { sigFigs: r.sigFigs }),
  });
}

/**
 * A derived figure's range in words, by `formatRange`: at the figure's significant figures
 * (the least of its inputs') and a guard digit, each bound rounded outward, so the figure shown
 * holds the figure computed; at {@link EXACT_FIGURE_SIG_FIGS} when every input was exact. A lower
 * bound of 0 that the range excludes goes unsaid: a figure computed from positive amounts is
 * positive, so (0, 214,285.7) dollars per person reads `less than $215,000 per person a year`,
 * not `more than $0 and …`.
 *
 * @param r - a derived figure's range
 * @param options - `formatRange` options (`locale`, `style`; `sigFigs` overrides the figure's)
 * @returns the range in words
 * @throws {InvalidRangeError} when `r` is not a Range, or for a bad option
 * @example
 * ```ts
 * import { formatFigure } from '@reckon/check';
 * import { range } from '@reckon/range';
 * formatFigure(range(16.666666666666664, 38.00000000000001, '%', { sigFigs: 2 })); // => '16.6–38%'
 * formatFigure(range(20833333333.333332, Infinity, 'USD/year', { sigFigs: 2 }));
 * // => 'at least $20.8 billion a year'
 * const perWorker = range(0, 214285.7142857143, 'USD/person/year', {
 *   lowInclusive: false,
 *   highInclusive: false,
 *   sigFigs: 2,
 * });
 * formatFigure(perWorker); // => 'less than $215,000 per person a year'
 * formatFigure(range(27.777777777777775, 47.50000000000001, '%')); // => '27.7–47.5%'
 * ```
 */
export function formatFigure(r: Range, options?: FormatOptions): string {
  const shown = r.low === 0 && !r.lowInclusive && Number.isFinite(r.high) ? upperPart(r) : r;
  return formatRange(shown, {
    ...options,
    sigFigs: options?.sigFigs ?? r.sigFigs ?? EXACT_FIGURE_SIG_FIGS,
  });
}
