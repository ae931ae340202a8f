import type { Estimate, Provenance, ProvenanceStep } from '@reckon/schema';
import type { PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { type BriefContext, createContext } from '../context';
import { type EntityOptions, resolveEntityOptions } from '../entity-options';
import { rangeText } from '../format/range';
import { periodText, scopeText } from '../format/scope';
import { data, type Piece, phrase } from '../phrase';
import { confidenceWords } from '../words/confidence';
import { QUALIFIER_WORDS, wordsFor } from '../words/kinds';
import { cite, footnoteDefinitions, sourceKindWords } from './citations';
import { type HeadingLevel, heading } from './nodes';
import { revisionsSection } from './revisions';

/** An estimate with where it is in the data, for error messages. */
export interface PlacedEstimate {
  readonly estimate: Estimate;
  readonly where: string;
}

/** What an empty field shows: missing facts are said to be missing; no qualifier is a dash. */
const NOT_STATED = 'not stated';
const NONE = '—';

const HEADER = ['What', 'Estimate', 'Period', 'Where', 'Qualified as', 'Source'] as const;

function cell(children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}

function orElse(pieces: Piece, empty: string): PhrasingContent[] {
  const children = phrase(pieces);
  return children.length > 0 ? children : phrase(empty);
}

/** The figure, and for a share the base it is a share of: `up to 60% of GDP of Cambodia`. */
function figure(context: BriefContext, { estimate, where }: PlacedEstimate): Piece {
  const text = rangeText(estimate.range, context.options, `${where}.range`);
  return estimate.relativeTo === undefined
    ? text
    : [text, ' of ', data(estimate.relativeTo.metric)];
}

/** How the source qualified the figure: its qualifier, basis, method and confidence. */
function qualified({ estimate }: PlacedEstimate): Piece {
  const parts: Piece[] = [];
  const qualifier = estimate.range.qualifier;
  if (qualifier !== undefined && qualifier !== 'exact')
    parts.push(wordsFor(QUALIFIER_WORDS, qualifier));
  if (estimate.basis !== undefined) parts.push(data(estimate.basis));
  if (estimate.method !== undefined) parts.push(data(estimate.method));
  const confidence = confidenceWords(estimate.confidence);
  if (confidence !== undefined) parts.push(confidence);
  return parts.flatMap((part, i) => (i === 0 ? [part] : ['; ', part]));
}

const STEP_WORDS: Readonly<Record<ProvenanceStep['role'], string>> = {
  'stated-in': '',
  'reported-by': 'via ',
  retrieved: 'retrieved from ',
};

/** One chain, step by step: `report[^1], via news article[^2]`. */
function chainWords(context: BriefContext, steps: readonly ProvenanceStep[]): Piece[] {
  return steps.map((step, i) => [
    i === 0 ? '' : ', ',
    STEP_WORDS[step.role] ?? '',
    sourceKindWords(context, step.sourceId),
    cite(context, step.sourceId, step.locator),
  ]);
}

/**
 * Where a figure comes from, chain by chain: `report[^1], via news article[^2]`, and parallel
 * chains (two outlets that each report it) joined by `; also `, never run together into one
 * chain. Without a provenance, the sources of its quotes; without either, nothing.
 *
 * @param context - the build's context
 * @param chains - the provenance chains, each first link first
 * @param quoteSourceIds - the sources of the quotes, used when there is no provenance
 * @returns phrase pieces, empty when nothing is known
 * @throws never
 */
export function provenanceWords(
  context: BriefContext,
  chains: Provenance | undefined,
  quoteSourceIds: readonly string[],
): Piece[] {
  if (chains === undefined || chains.length === 0) {
    return [...new Set(quoteSourceIds)].map((id, i) => [
      i === 0 ? '' : '; also ',
      sourceKindWords(context, id),
      cite(context, id),
    ]);
  }
  return chains.map((steps, i) => [i === 0 ? '' : '; also ', chainWords(context, steps)]);
}

function row(context: BriefContext, placed: PlacedEstimate): TableRow {
  const { estimate, where } = placed;
  const quoteSources = (estimate.quotes ?? []).flatMap((quote) =>
    quote.sourceId === undefined ? [] : [quote.sourceId],
  );
  const source = provenanceWords(context, estimate.provenance, quoteSources);
  return {
    type: 'tableRow',
    children: [
      cell(orElse(data(estimate.metric), NONE)),
      cell(orElse(figure(context, placed), NONE)),
      cell(orElse(periodText(estimate.period, context.options, `${where}.period`), NOT_STATED)),
      cell(orElse(scopeText(estimate.geography, context.countryName), NOT_STATED)),
      cell(orElse(qualified(placed), NONE)),
      cell(orElse(source, NOT_STATED)),
    ],
  };
}

/**
 * The estimates table: one row per estimate, with what is measured, the range (written by
 * `formatRange`), the period, the place, how the source qualified it, and where it comes from.
 * A missing period, place or source shows `not stated`, so the gap is visible; a figure with no
 * qualifier, basis, method or confidence shows `—`.
 *
 * @param context - the build's context
 * @param estimates - the estimates, with where each is in the data
 * @returns the table
 * @throws {@link BriefDataError} for a range or date the data gets wrong
 */
export function estimatesTable(context: BriefContext, estimates: readonly PlacedEstimate[]): Table {
  return {
    type: 'table',
    align: HEADER.map(() => null),
    children: [
      { type: 'tableRow', children: HEADER.map((label) => cell(phrase(label))) },
      ...estimates.map((placed) => row(context, placed)),
    ],
  };
}

/**
 * The estimates section: a heading and the table, then the history of any revised figures
 * (see `revisionsSection`), or nothing when there are no estimates.
 *
 * @param context - the build's context
 * @param estimates - the estimates, with where each is in the data
 * @param level - the level of the section's heading (1 in a dossier brief)
 * @returns the section's blocks
 * @throws {@link BriefDataError} for a range or date the data gets wrong
 */
export function estimatesSection(
  context: BriefContext,
  estimates: readonly PlacedEstimate[],
  level: HeadingLevel = 1,
): RootContent[] {
  if (estimates.length === 0) return [];
  return [
    heading(context, level, phrase('Estimates')),
    estimatesTable(context, estimates),
    ...revisionsSection(context, estimates, level === 0 ? 1 : 2),
  ];
}

/**
 * An estimates table as an mdast tree, with its citations as footnotes. Pass `dossier` in the
 * options to name the sources the estimates cite.
 *
 * @param estimates - the estimates
 * @param options - brief options, and the dossier the estimates belong to
 * @returns an mdast root: the table, then footnote definitions
 * @throws {@link BriefOptionsError} for bad options
 * @throws {@link BriefDataError} for a range or date the data gets wrong
 * @example
 * ```ts
 * import { estimatesToMdast } from '@reckon/markdown';
 * import { parseEstimate } from '@reckon/schema';
 * const revenue = parseEstimate({ id: 'revenue', metric: 'Scam revenue', range: { low: 12.5e9, high: 19e9, unit: 'USD/year' } });
 * estimatesToMdast([revenue]).children.map((node) => node.type); // => ['table']
 * ```
 */
export function estimatesToMdast(estimates: readonly Estimate[], options?: EntityOptions): Root {
  const { resolved, dossier } = resolveEntityOptions(options);
  const context = createContext(resolved, dossier);
  const table = estimatesTable(
    context,
    estimates.map((estimate, i) => ({ estimate, where: `estimates[${i}]` })),
  );
  return { type: 'root', children: [table, ...footnoteDefinitions(context)] };
}
