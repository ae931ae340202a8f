import { formatRange, type Range } from '@reckon/range';
import type { Estimate } from '@reckon/schema';
import { scopeWords } from '../scope/geography-words';
import { periodWords } from '../scope/period';

/**
 * An estimate in words, for messages: its metric, place, period (when stated), range and
 * source, e.g. `“Revenue from scam operations in Cambodia” for Cambodia ($12.5–19 billion a
 * year), stated in “Policies and Patterns…”`. The range is written by `formatRange`, at the
 * estimate's own significant figures.
 *
 * @param estimate - the estimate
 * @param range - its range, read
 * @param source - who stated it, from `sourceWords`
 * @returns English words
 */
export function describeEstimate(estimate: Estimate, range: Range, source: string): string {
  const when = estimate.period === undefined ? '' : `, ${periodWords(estimate.period)}`;
  return `“${estimate.metric}” for ${scopeWords(estimate.geography)}${when} (${formatRange(range)}), ${source}`;
}
