import type { Estimate } from '@reckon/schema';
import type { BlockContent, RootContent } from 'mdast';
import type { BriefContext } from '../context';
import { formatDate } from '../format/date';
import { rangeText } from '../format/range';
import { data, type Piece, phrase } from '../phrase';
import type { PlacedEstimate } from './estimates';
import { type HeadingLevel, heading, list, paragraph } from './nodes';

/** `18 million (2016)`: a figure with the date it was current, when the dossier says. */
function stage(context: BriefContext, { estimate, where }: PlacedEstimate): Piece {
  const figure = rangeText(estimate.range, context.options, `${where}.range`);
  if (estimate.asOf === undefined) return figure;
  return [figure, ` (${formatDate(estimate.asOf, context.options, `${where}.asOf`)})`];
}

/**
 * Each revision chain of the brief's estimates, oldest first, as one line of history:
 * `people in modern slavery: 18 million (2016) → 8 million (2018)`. A revision is history, not
 * disagreement, so it is shown as such and not as two rival figures. Only chains of two or more
 * figures are listed, each once, from its latest figure.
 *
 * @param context - the build's context
 * @param estimates - the estimates of the brief, with where each is in the data
 * @param level - the level of the section's heading
 * @returns a "Revisions" heading and list, or nothing when no estimate revises another
 * @throws {@link BriefDataError} for a range or date the data gets wrong
 */
export function revisionsSection(
  context: BriefContext,
  estimates: readonly PlacedEstimate[],
  level: HeadingLevel,
): RootContent[] {
  const byId = new Map(estimates.map((placed) => [placed.estimate.id, placed]));
  const revised = new Set(estimates.flatMap(({ estimate }) => estimate.supersedes ?? []));
  const items: BlockContent[][] = [];
  for (const latest of estimates) {
    if (latest.estimate.supersedes === undefined || revised.has(latest.estimate.id)) continue;
    const chain: PlacedEstimate[] = [];
    const seen = new Set<string>();
    let at: PlacedEstimate | undefined = latest;
    // The schema refuses cycles; `seen` keeps unvalidated data from looping here.
    while (at !== undefined && !seen.has(at.estimate.id)) {
      seen.add(at.estimate.id);
      chain.unshift(at);
      at = at.estimate.supersedes === undefined ? undefined : byId.get(at.estimate.supersedes);
    }
    if (chain.length < 2) continue;
    const metric: Estimate['metric'] = latest.estimate.metric;
    const steps = chain.map((placed, i) => [i === 0 ? '' : ' → ', stage(context, placed)]);
    items.push([paragraph(phrase(data(metric), ': ', steps))]);
  }
  if (items.length === 0) return [];
  return [heading(context, level, phrase('Revisions')), list(items)];
}
