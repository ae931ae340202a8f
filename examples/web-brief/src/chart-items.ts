import type { ChartItem } from '@reckon/chart';
import type { DerivedFigure } from '@reckon/check';
import { rangeFromJSON } from '@reckon/range';
import type { Dossier, Estimate } from '@reckon/schema';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', style: 'short' });

/** "Cambodia, Myanmar, Laos" or "Southeast Asia": how a reader names a place. */
function scopeOf(estimate: Estimate): string | undefined {
  const places = estimate.geography?.map((place) => {
    if (place.kind === 'region') return place.name;
    return place.kind === 'country' ? (regionNames.of(place.code) ?? place.code) : place.code;
  });
  return places === undefined ? undefined : places.join(', ');
}

/** Every estimate in the dossier, then every derived figure, as intervals to draw. */
export function chartItems(dossier: Dossier, derived: readonly DerivedFigure[]): ChartItem[] {
  const estimates = [
    ...dossier.reports.flatMap((report) => report.estimates ?? []),
    ...dossier.estimates,
  ];
  const stated = estimates.map((estimate): ChartItem => {
    const scope = scopeOf(estimate);
    return {
      label: estimate.metric,
      range: rangeFromJSON(estimate.range),
      ...(scope === undefined ? {} : { scope }),
    };
  });
  const computed = derived.map(
    (figure): ChartItem => ({ label: figure.label, range: figure.range, derived: true }),
  );
  return [...stated, ...computed];
}
