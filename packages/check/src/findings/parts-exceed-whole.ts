import { certainlyGreater, type Range, range, sum } from '@reckon/range';
import type { Finding } from '../finding';
import { isWide, type MetricGroup, type PlaceGroup, placeOf } from '../ledger/estimate-index';
import type { EstimateEntry, Ledger } from '../ledger/ledger';
import { findingMessages } from '../messages/findings';
import { scopeRelation } from '../scope/geography';
import { scopeWords } from '../scope/geography-words';
import { alignTo } from '../units/align';
import { isAdditive } from '../units/unit-kinds';
import { listWords } from '../words/list-words';
import { makeFinding } from './make-finding';

/** The places of a metric inside a whole that share no country: parts that add up. */
function siblingsIn(whole: PlaceGroup, places: readonly PlaceGroup[]): PlaceGroup[] {
  const wholePlace = placeOf(whole);
  if (wholePlace === undefined) return [];
  const kept: PlaceGroup[] = [];
  for (const place of places) {
    const p = placeOf(place);
    if (place === whole || p === undefined || scopeRelation(p, wholePlace) !== 'within') continue;
    if (kept.every((k) => scopeRelation(placeOf(k), p) === 'disjoint')) kept.push(place);
  }
  return kept;
}

/**
 * The least a part can be by every estimate of it for one period, in `unit`: the lowest of
 * their lower bounds (an open one counts as 0, since money and counts are not negative).
 */
function partFloor(
  entries: readonly EstimateEntry[],
  ledger: Ledger,
  whole: Range,
): Range | undefined {
  let floor: Range | undefined;
  for (const entry of entries) {
    if (!isAdditive(entry.range.unit)) return undefined;
    const aligned = alignTo(entry.range, whole.unit, ledger.rates);
    if (aligned.kind !== 'aligned') return undefined;
    const r = aligned.range;
    const low = Number.isFinite(r.low)
      ? range(r.low, Infinity, r.unit, { lowInclusive: r.lowInclusive })
      : range(0, Infinity, r.unit);
    if (floor === undefined || low.low < floor.low || (low.low === floor.low && low.lowInclusive))
      floor = low;
  }
  return floor;
}

function checkWhole(ledger: Ledger, whole: PlaceGroup, siblings: readonly PlaceGroup[]): Finding[] {
  const out: Finding[] = [];
  for (const [period, wholes] of whole.byPeriod) {
    const parts = siblings.flatMap((s) => {
      const entries = s.byPeriod.get(period);
      return entries === undefined ? [] : [{ place: s, entries }];
    });
    if (parts.length < 2) continue;
    for (const w of wholes) {
      if (!isAdditive(w.range.unit)) continue;
      const floors = parts.map(({ entries }) => partFloor(entries, ledger, w.range));
      if (floors.some((f) => f === undefined)) continue;
      const total = sum(floors as Range[]);
      if (!certainlyGreater(total, w.range)) continue;
      const named = parts.flatMap(({ entries }) => entries);
      const message = findingMessages.partsExceedWhole(
        listWords(named.map((e) => e.words)),
        w.words,
        scopeWords(w.estimate.geography),
      );
      out.push(
        makeFinding('parts-exceed-whole', message, [
          ...named.map((e) => e.estimate.id),
          w.estimate.id,
        ]),
      );
    }
  }
  return out;
}

function checkMetric(ledger: Ledger, group: MetricGroup): Finding[] {
  const places = [...group.byPlace.values()];
  const wide = places.filter((p) => {
    const place = placeOf(p);
    return place !== undefined && isWide(place);
  });
  return wide.flatMap((whole) => {
    const siblings = siblingsIn(whole, places);
    return siblings.length < 2 ? [] : checkWhole(ledger, whole, siblings);
  });
}

/**
 * `parts-exceed-whole` (error): the estimates of places that lie inside a wider place and share
 * no country (two countries of a region, by listed countries or the region's UN M49 area) add
 * up, at their lower bounds, to more than the wider place's estimate allows, for one metric and
 * period, though none may exceed it alone. Every part is named. Each part counts at the lowest
 * lower bound among its estimates, so only what all of them agree on is summed.
 *
 * @param ledger - the dossier, read
 * @returns the findings, one per whole estimate
 */
export function partsExceedWhole(ledger: Ledger): Finding[] {
  return [...ledger.index.values()].flatMap((group) => checkMetric(ledger, group));
}
