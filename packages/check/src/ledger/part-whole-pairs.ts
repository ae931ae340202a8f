import type { Geography } from '@reckon/schema';
import { scopeRelation } from '../scope/geography';
import { isAdditive } from '../units/unit-kinds';
import { type MetricGroup, type PlaceGroup, periodPairs } from './estimate-index';
import type { EstimateEntry, Ledger } from './ledger';

/** A part and its whole: one metric, the part's place inside the whole's. */
export interface PartWhole {
  readonly part: EstimateEntry;
  readonly whole: EstimateEntry;
}

const placeOf = (group: PlaceGroup): readonly Geography[] | undefined =>
  group.entries[0]?.estimate.geography;

/** A region or a list of places: what can hold a country. */
const isWide = (place: readonly Geography[]): boolean =>
  place.length > 1 || place.some((p) => p.kind === 'region');

/** The part and whole estimates of two place groups about one period, in additive units. */
function samePeriod(part: PlaceGroup, whole: PlaceGroup): PartWhole[] {
  return periodPairs(part, whole)
    .filter(([p, w]) => isAdditive(p.range.unit) && isAdditive(w.range.unit))
    .map(([p, w]) => ({ part: p, whole: w }));
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
      if (scopeRelation(partPlace, wholePlace) === 'within') out.push(...samePeriod(part, whole));
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
