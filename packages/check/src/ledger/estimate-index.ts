import type { Geography, Period } from '@reckon/schema';
import { scopeKey } from '../scope/geography';
import type { EstimateEntry } from './ledger';

/** The estimates of one metric at one place, by period. */
export interface PlaceGroup {
  /** The place's key, from `scopeKey`. */
  readonly key: string;
  /** The estimates in document order. */
  readonly entries: readonly EstimateEntry[];
  /** The same estimates by period key (`periodKey`), each list in document order. */
  readonly byPeriod: ReadonlyMap<string, readonly EstimateEntry[]>;
}

/** The estimates of one metric key. */
export interface MetricGroup {
  readonly metricKey: string;
  readonly entries: readonly EstimateEntry[];
  /** By place key, in order of first appearance. */
  readonly byPlace: ReadonlyMap<string, PlaceGroup>;
}

/**
 * Estimates indexed by metric, place and period, built in one pass, so that estimates of one
 * metric, place and period are found by lookup and no list of pairs is ever built. Estimates
 * without a `metricKey` are not indexed: nothing says they measure what another does.
 */
export type EstimateIndex = ReadonlyMap<string, MetricGroup>;

/** The key two periods share when they are stated alike; `none` when no period is stated. */
export const NO_PERIOD = 'none';

/**
 * A period as an index key: its start and end as written, or {@link NO_PERIOD}.
 *
 * @param period - a period, or undefined
 * @returns the key
 */
export function periodKey(period: Period | undefined): string {
  if (period === undefined) return NO_PERIOD;
  return `${period.start ?? ''}..${period.end ?? ''}`;
}

interface MutablePlace {
  key: string;
  entries: EstimateEntry[];
  byPeriod: Map<string, EstimateEntry[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Indexes estimates by metric key (or another key), place and period, in one pass.
 *
 * @param estimates - the dossier's estimates, in document order
 * @param keyOf - the key to group by; estimates without one are left out
 * @returns the index
 */
export function indexEstimates(
  estimates: readonly EstimateEntry[],
  keyOf: (entry: EstimateEntry) => string | undefined = (entry) => entry.estimate.metricKey,
): EstimateIndex {
  const groups = new Map<
    string,
    { entries: EstimateEntry[]; byPlace: Map<string, MutablePlace> }
  >();
  for (const entry of estimates) {
    const metricKey = keyOf(entry);
    if (metricKey === undefined) continue;
    let group = groups.get(metricKey);
    if (group === undefined) {
      group = { entries: [], byPlace: new Map() };
      groups.set(metricKey, group);
    }
    group.entries.push(entry);
    const key = scopeKey(entry.estimate.geography);
    let place = group.byPlace.get(key);
    if (place === undefined) {
      place = { key, entries: [], byPeriod: new Map() };
      group.byPlace.set(key, place);
    }
    place.entries.push(entry);
    push(place.byPeriod, periodKey(entry.estimate.period), entry);
  }
  return new Map(
    [...groups].map(([metricKey, group]) => [metricKey, { metricKey, ...group }] as const),
  );
}

/**
 * The pairs of estimates of two place groups that are about one period: those stating the same
 * period; and an undated estimate with the other side's estimates when its own side states no
 * period at all and the other states one at most, so an undated figure is never paired with
 * every year of a series.
 *
 * @param a - one place group
 * @param b - another
 * @returns the pairs, `a`'s estimate first
 */
export function periodPairs(a: PlaceGroup, b: PlaceGroup): [EstimateEntry, EstimateEntry][] {
  const out: [EstimateEntry, EstimateEntry][] = [];
  const pair = (xs: readonly EstimateEntry[], ys: readonly EstimateEntry[]) => {
    for (const x of xs) for (const y of ys) out.push([x, y]);
  };
  const onlyUndated = (g: PlaceGroup) => g.byPeriod.size === 1 && g.byPeriod.has(NO_PERIOD);
  const atMostOnePeriod = (g: PlaceGroup) =>
    g.byPeriod.size - (g.byPeriod.has(NO_PERIOD) ? 1 : 0) <= 1;
  for (const [key, xs] of a.byPeriod) {
    if (key !== NO_PERIOD) pair(xs, b.byPeriod.get(key) ?? []);
  }
  const aUndated = a.byPeriod.get(NO_PERIOD) ?? [];
  const bUndated = b.byPeriod.get(NO_PERIOD) ?? [];
  pair(aUndated, bUndated);
  if (onlyUndated(a) && atMostOnePeriod(b)) {
    pair(
      aUndated,
      b.entries.filter((y) => y.estimate.period !== undefined),
    );
  }
  if (onlyUndated(b) && atMostOnePeriod(a)) {
    pair(
      a.entries.filter((x) => x.estimate.period !== undefined),
      bUndated,
    );
  }
  return out;
}

/**
 * The places of a place group (every estimate in it states the same ones).
 *
 * @param group - a place group
 * @returns the places, or undefined when its estimates state none
 */
export const placeOf = (group: PlaceGroup): readonly Geography[] | undefined =>
  group.entries[0]?.estimate.geography;

/**
 * A region or a list of places: a place that can hold a country.
 *
 * @param place - the places of an estimate
 * @returns true when it is wider than one country or subdivision
 */
export const isWide = (place: readonly Geography[]): boolean =>
  place.length > 1 || place.some((p) => p.kind === 'region');
