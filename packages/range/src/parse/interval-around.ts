import { boundsOf, withCentral, within } from './bounds';
import type { Core } from './core';
import type { CurrencyRef } from './lexicon/currencies';
import type { Comparative } from './lexicon/qualifiers';
import type { RatioUnit } from './lexicon/ratio-units';
import type { Bounds } from './reading';

/**
 * The bounds of a figure stated with its interval, "an odds ratio of 2.3 (95% CI 1.4 to
 * 3.8)": the interval's ends, with the figure as the central value. Only a plain figure takes
 * them (one number, no comparative), in the figure's unit when the ends name none, and only
 * when it lies between them; otherwise the interval is not the figure's.
 *
 * @param core - the figure
 * @param cmp - its comparative, if any
 * @param ends - the interval's ends, from its note
 * @param currency - the figure's currency
 * @param ratio - the figure's ratio unit
 * @returns the interval around the figure, or undefined
 */
export function aroundFigure(
  core: Core,
  cmp: Comparative | undefined,
  ends: Core,
  currency: CurrencyRef | undefined,
  ratio: RatioUnit | undefined,
): Bounds | undefined {
  if (core.kind !== 'single' || cmp !== undefined) return undefined;
  if ((ends.currency ?? currency) !== currency || (ends.ratio ?? ratio) !== ratio) return undefined;
  const interval = boundsOf(ends, undefined);
  return within(core.low, interval) ? withCentral(interval, core.low) : undefined;
}
