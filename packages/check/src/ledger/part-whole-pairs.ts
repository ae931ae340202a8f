import { scopeRelation } from '../scope/geography';
import { isAdditive } from '../units/unit-kinds';
import { isWide, type MetricGroup, type PlaceGroup, periodPairs, placeOf } from './estimate-index';
import type { EstimateEntry, Ledger } from './ledger';
import { wholesOf } from './metric-wholes';

/**
 * A part and its whole: one metric, the part's place inside the whole's (`by: 'place'`), or a
 * metric declared part of another, at one place (`by: 'part-of'`).
 */
export interface PartWhole {
  readonly part: EstimateEntry;
  readonly whole: EstimateEntry;
  readonly by: 'place' | 'part-of';
}

/** The part and whole estimates of two place groups about one period, in additive units. */
function samePeriod(part: PlaceGroup, whole: PlaceGroup, by: PartWhole['by']): PartWhole[] {
  return periodPairs(part, whole)
    .filter(([p, w]) => isAdditive(p.range.unit) && isAdditive(w.range.unit))
    .map(([p, w]) => ({ part: p, whole: w, by }));
}

function pairsOf(group: MetricGroup): PartWhole[] {
  const places = [...group.byPlace.values()];
  // Only a wide place holds a country; a country may also hold a subdivision.
  const wide = places.filter((p) => {
    const place = placeOf(p);
    return place !== undefined && isWide(place);
  });
  const countries = places.filter((p) => placeOf(p)?.[0]?.kind === 'country' && !wide.includes(p));
  const out: PartWhole[] = [];
  for (const part of places) {
    const partPlace = placeOf(part);
    if (partPlace === undefined) continue;
    const holders = partPlace.some((p) => p.kind === 'subdivision')
      ? [...wide, ...countries]
      : wide;
    for (const whole of holders) {
      const wholePlace = placeOf(whole);
      if (whole === part || wholePlace === undefined) continue;
      if (scopeRelation(partPlace, wholePlace) === 'within')
        out.push(...samePeriod(part, whole, 'place'));
    }
  }
  return out;
}

/**
 * Every pair of estimates of one metric where one place lies inside the other (Cambodia inside
 * Southeast Asia) and the periods are the same (or one is unstated and the other side states
 * one), for quantities that add up across places (money, counts); a country's share or
 * per-head figure may exceed its region's. Found through the index: a place is compared only
 * with the places of its metric that can hold it (regions, lists of places).
 *
 * @param ledger - the dossier, read
 * @returns the pairs, part first
 */
export function partWholePairs(ledger: Ledger): PartWhole[] {
  return [...ledger.index.values()].flatMap(pairsOf);
}

/**
 * Every pair of estimates of a metric declared part of another (`metrics[].partOf`, through
 * any number of steps) and of that whole, at the same place and about one period, for
 * quantities that add up. Found through the index, place by place.
 *
 * @param ledger - the dossier, read
 * @returns the pairs, part first
 */
export function partMetricPairs(ledger: Ledger): PartWhole[] {
  const out: PartWhole[] = [];
  if (ledger.dossier.metrics.length === 0) return out;
  for (const group of ledger.index.values()) {
    for (const wholeKey of wholesOf(ledger, group.metricKey)) {
      const whole = ledger.index.get(wholeKey);
      if (whole === undefined) continue;
      for (const place of group.byPlace.values()) {
        const wholePlace = whole.byPlace.get(place.key);
        if (wholePlace !== undefined) out.push(...samePeriod(place, wholePlace, 'part-of'));
      }
    }
  }
  return out;
}
