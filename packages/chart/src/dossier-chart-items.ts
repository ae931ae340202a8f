import { type Range, type RangeJSON, rangeFromJSON } from '@reckon/range';
import type { ChartItem } from './types';

/**
 * A place as @reckon/schema writes it. Declared here by shape so the chart needs no schema
 * dependency: a `Geography` from @reckon/schema fits it.
 */
export type ChartPlace =
  | { readonly kind: 'country'; readonly code: string }
  | { readonly kind: 'subdivision'; readonly code: string }
  | { readonly kind: 'region'; readonly name: string };

/**
 * A range in JSON form as a parsed dossier holds it: optional fields may be present and
 * `undefined`, which `rangeFromJSON` reads as absent.
 */
export type ChartRangeJSON = {
  readonly [K in 'low' | 'high' | 'unit']: RangeJSON[K];
} & {
  readonly [K in Exclude<keyof RangeJSON, 'low' | 'high' | 'unit'>]?: RangeJSON[K] | undefined;
};

/** The parts of an estimate a chart reads: an `Estimate` from @reckon/schema fits it. */
export interface ChartEstimate {
  readonly metric: string;
  readonly range: ChartRangeJSON;
  readonly geography?: readonly ChartPlace[] | undefined;
}

/** The parts of a dossier a chart reads: a `Dossier` from @reckon/schema fits it. */
export interface ChartDossier {
  readonly reports: readonly { readonly estimates?: readonly ChartEstimate[] }[];
  readonly estimates: readonly ChartEstimate[];
}

/** The parts of a derived figure a chart reads: a `DerivedFigure` from @reckon/check fits it. */
export interface ChartDerivedFigure {
  readonly label: string;
  readonly range: Range;
}

let regionNames: Intl.DisplayNames | undefined;

/** "Cambodia, Myanmar, Laos" or "Southeast Asia": how a reader names a place. */
function scopeOf(estimate: ChartEstimate): string | undefined {
  if (estimate.geography === undefined) return undefined;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', style: 'short' });
  const names = regionNames;
  return estimate.geography
    .map((place) => {
      if (place.kind === 'region') return place.name;
      if (place.kind === 'country') return names.of(place.code) ?? place.code;
      return place.code;
    })
    .join(', ');
}

/**
 * The intervals to draw for a dossier: every estimate of every report, then the dossier's own
 * estimates, then each derived figure (drawn dashed). Labels are the estimates' metrics,
 * scopes their places in words (country codes become English short names).
 *
 * @param dossier - a validated dossier (`parseDossier` from @reckon/schema)
 * @param derived - derived figures to draw after the estimates (`deriveFigures` from
 *   @reckon/check); none by default
 * @returns the chart items, in that order, ready for {@link rangeChart}
 * @throws `InvalidRangeError` (from `@reckon/range`) when an estimate's range is not a
 *   valid range in JSON form; a parsed dossier never has one
 * @example
 * ```ts
 * import { dossierChartItems } from '@reckon/chart';
 * const items = dossierChartItems({
 *   reports: [{ estimates: [{ metric: 'Scam revenue', range: { low: 12.5e9, high: 19e9, unit: 'USD/year' }, geography: [{ kind: 'country', code: 'KH' }] }] }],
 *   estimates: [],
 * });
 * items[0].scope; // => 'Cambodia'
 * items[0].range.high; // => 19000000000
 * ```
 */
export function dossierChartItems(
  dossier: ChartDossier,
  derived: readonly ChartDerivedFigure[] = [],
): ChartItem[] {
  const items: ChartItem[] = [];
  const add = (estimate: ChartEstimate): void => {
    const scope = scopeOf(estimate);
    items.push({
      label: estimate.metric,
      range: rangeFromJSON(estimate.range),
      ...(scope === undefined ? {} : { scope }),
    });
  };
  for (const report of dossier.reports)
    for (const estimate of report.estimates ?? []) add(estimate);
  for (const estimate of dossier.estimates) add(estimate);
  for (const figure of derived)
    items.push({ label: figure.label, range: figure.range, derived: true });
  return items;
}
