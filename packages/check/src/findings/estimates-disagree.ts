import { certainlyGreater, point, type Range } from '@reckon/range';
import { honestReading } from '../compare/honest-reading';
import type { Finding } from '../finding';
import { type AlignedEntry, alignCluster } from '../ledger/aligned-cluster';
import type { Cluster } from '../ledger/clusters';
import type { Ledger } from '../ledger/ledger';
import { findingMessages } from '../messages/findings';
import { formatFigure } from '../words/format-figure';
import { makeFinding } from './make-finding';

interface Read extends AlignedEntry {
  /** The widest honest reading of the range, in the cluster's unit. */
  readonly honest: Range;
}

/** The estimate whose honest reading reaches highest from below, and the one lowest from above. */
function extremes(read: readonly Read[]): { highest: Read; lowest: Read } | undefined {
  let highest = read[0];
  let lowest = read[0];
  for (const r of read) {
    if (highest === undefined || r.honest.low > highest.honest.low) highest = r;
    if (lowest === undefined || r.honest.high < lowest.honest.high) lowest = r;
  }
  return highest === undefined || lowest === undefined ? undefined : { highest, lowest };
}

/**
 * The level an interval on either side claims (the lower of two), or `undefined` when both
 * are hard bounds. A 95% interval says the value lies inside with 95% probability, so two
 * figures apart are apart at that level, not certainly.
 */
function statedLevel(a: Range, b: Range): number | undefined {
  const levels = [a.meaning, b.meaning].flatMap((m) => (m.kind === 'interval' ? [m.level] : []));
  return levels.length === 0 ? undefined : Math.min(...levels);
}

function disagreement(ledger: Ledger, cluster: Cluster): Finding | undefined {
  const read = alignCluster(ledger, cluster).map((a) => ({ ...a, honest: honestReading(a.range) }));
  const ends = extremes(read);
  if (ends === undefined) return undefined;
  const { highest, lowest } = ends;
  if (!certainlyGreater(highest.honest, lowest.honest)) return undefined;
  // Every estimate that some other one does not overlap: above the lowest, or below the highest.
  const apart = read.filter(
    (r) => certainlyGreater(r.honest, lowest.honest) || certainlyGreater(highest.honest, r.honest),
  );
  const gap = highest.honest.low - lowest.honest.high;
  const by = formatFigure(point(gap, highest.honest.unit, { sigFigs: 2 }));
  const others = apart.length - 2;
  const message = findingMessages.estimatesDisagree(
    highest.entry.words,
    lowest.entry.words,
    by,
    others,
    cluster.periodUnknown,
    statedLevel(highest.honest, lowest.honest),
  );
  return makeFinding(
    'estimates-disagree',
    message,
    apart.map((r) => r.entry.estimate.id),
  );
}

/**
 * `estimates-disagree` (warning): estimates of one metric, place and period that do not all
 * overlap, each read at the precision it was given ("about 3,000" as 2,950–3,050), and a stated
 * interval at the level it claims ("greater, at the 95% level its interval states"). One finding
 * per cluster, naming the highest and the lowest, by how much they are apart at the least, and
 * every estimate that does not overlap another. Reported rather than resolved: a disagreement
 * between sources is often the story.
 *
 * @param ledger - the dossier, read
 * @param clusters - the clusters of current estimates of one metric, place and period
 * @returns the findings, at most one per cluster
 */
export function estimatesDisagree(ledger: Ledger, clusters: readonly Cluster[]): Finding[] {
  const out: Finding[] = [];
  for (const cluster of clusters) {
    const finding = disagreement(ledger, cluster);
    if (finding !== undefined) out.push(finding);
  }
  return out;
}
