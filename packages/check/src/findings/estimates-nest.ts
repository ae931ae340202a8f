import { contains } from '@reckon/range';
import type { Finding } from '../finding';
import { alignCluster } from '../ledger/aligned-cluster';
import type { Cluster } from '../ledger/clusters';
import type { Ledger } from '../ledger/ledger';
import { findingMessages } from '../messages/findings';
import { listWords } from '../words/list-words';
import { makeFinding } from './make-finding';

/**
 * `estimates-nest` (info): in a cluster of estimates of one metric, place and period, one
 * estimate's range holds every other's, and some are narrower: the narrower may refine the
 * wider, or rest on it. One finding per cluster, the narrower estimates first.
 *
 * @param ledger - the dossier, read
 * @param clusters - the clusters of current estimates of one metric, place and period
 * @returns the findings, at most one per cluster
 */
export function estimatesNest(ledger: Ledger, clusters: readonly Cluster[]): Finding[] {
  const out: Finding[] = [];
  for (const cluster of clusters) {
    const aligned = alignCluster(ledger, cluster);
    // The widest candidate: the lowest low, the highest high among equals.
    let outer = aligned[0];
    for (const a of aligned) {
      if (outer === undefined) break;
      if (
        a.range.low < outer.range.low ||
        (a.range.low === outer.range.low && a.range.high > outer.range.high)
      )
        outer = a;
    }
    if (outer === undefined) continue;
    const wide = outer;
    if (!aligned.every((a) => contains(wide.range, a.range))) continue;
    // An estimate with the very bounds of the widest is not narrower than it.
    const inner = aligned.filter((a) => !contains(a.range, wide.range));
    if (inner.length === 0) continue;
    const message = findingMessages.estimatesNest(
      listWords(inner.map((a) => a.entry.words)),
      inner.length,
      wide.entry.words,
      cluster.periodUnknown,
    );
    out.push(
      makeFinding('estimates-nest', message, [
        ...inner.map((a) => a.entry.estimate.id),
        wide.entry.estimate.id,
      ]),
    );
  }
  return out;
}
