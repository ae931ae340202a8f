import type { Range } from '@reckon/range';
import { alignTo } from '../units/align';
import type { Cluster } from './clusters';
import type { EstimateEntry, Ledger } from './ledger';

/** An estimate of a cluster with its range in the cluster's unit (its first estimate's). */
export interface AlignedEntry {
  readonly entry: EstimateEntry;
  readonly range: Range;
}

/**
 * A cluster's estimates in one unit, the first estimate's. Estimates whose unit does not
 * convert (another currency without a rate, another dimension) are left out: the unit checks
 * report them.
 *
 * @param ledger - the dossier, read (for its rates)
 * @param cluster - a cluster
 * @returns the estimates that convert, in document order
 */
export function alignCluster(ledger: Ledger, cluster: Cluster): AlignedEntry[] {
  const first = cluster.entries[0];
  if (first === undefined) return [];
  const out: AlignedEntry[] = [];
  for (const entry of cluster.entries) {
    const aligned = alignTo(entry.range, first.range.unit, ledger.rates);
    if (aligned.kind === 'aligned') out.push({ entry, range: aligned.range });
  }
  return out;
}
