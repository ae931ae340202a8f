import { NO_PERIOD } from './estimate-index';
import type { EstimateEntry, Ledger } from './ledger';

/**
 * Estimates that should measure the very same quantity: one metric key, one place, and one
 * stated period, with the estimates of that metric and place that state no period
 * (`periodUnknown` when both kinds are present).
 */
export interface Cluster {
  readonly entries: readonly EstimateEntry[];
  readonly periodUnknown: boolean;
}

/**
 * The ids of estimates that are some response's counter-estimate: their disagreement with
 * what they dispute is the response's (`counter-estimate-disagrees`), not a second finding.
 *
 * @param ledger - the dossier, read
 * @returns the ids
 */
export function counterEstimateIds(ledger: Ledger): ReadonlySet<string> {
  return new Set(ledger.dossier.responses.flatMap((response) => response.counterEstimateIds ?? []));
}

/** The entries of two lists, each in document order, merged in document order. */
function merge(
  order: ReadonlyMap<EstimateEntry, number>,
  a: readonly EstimateEntry[],
  b: readonly EstimateEntry[],
): EstimateEntry[] {
  return [...a, ...b].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
}

/**
 * Every cluster of estimates of one metric, place and period, from the index: each stated
 * period of a metric and place is one cluster, joined by that metric and place's undated
 * estimates; with no stated period, the undated estimates are one cluster. Counter-estimates
 * are left out. Clusters of fewer than two estimates are not
 * returned. Linear in the number of estimates, times the stated periods of a place that also
 * has undated estimates.
 *
 * @param ledger - the dossier, read
 * @returns the clusters, metric by metric and place by place
 */
export function sameScopeClusters(ledger: Ledger): Cluster[] {
  const counters = counterEstimateIds(ledger);
  const keep = (entries: readonly EstimateEntry[]) =>
    entries.filter((e) => !counters.has(e.estimate.id));
  let order: Map<EstimateEntry, number> | undefined;
  const orderOf = () => {
    order ??= new Map(ledger.estimates.map((entry, i) => [entry, i] as const));
    return order;
  };
  const out: Cluster[] = [];
  for (const group of ledger.index.values()) {
    for (const place of group.byPlace.values()) {
      const undated = keep(place.byPeriod.get(NO_PERIOD) ?? []);
      let dated = 0;
      for (const [key, entries] of place.byPeriod) {
        if (key === NO_PERIOD) continue;
        dated++;
        if (entries.length + undated.length < 2) continue; // one estimate: nothing to compare
        const stated = keep(entries);
        if (stated.length === 0) continue;
        const all = undated.length === 0 ? stated : merge(orderOf(), stated, undated);
        if (all.length > 1) out.push({ entries: all, periodUnknown: undated.length > 0 });
      }
      if (dated === 0 && undated.length > 1) out.push({ entries: undated, periodUnknown: false });
    }
  }
  return out;
}

/**
 * The clusters without the estimates a later one revises; a cluster left with one estimate is
 * dropped.
 *
 * @param clusters - clusters of one metric, place and period
 * @param revised - ids of revised estimates
 * @returns the clusters of current estimates
 */
export function withoutRevised(
  clusters: readonly Cluster[],
  revised: ReadonlySet<string>,
): Cluster[] {
  if (revised.size === 0) return [...clusters];
  return clusters.flatMap((cluster) => {
    const entries = cluster.entries.filter((e) => !revised.has(e.estimate.id));
    return entries.length > 1 ? [{ ...cluster, entries }] : [];
  });
}
