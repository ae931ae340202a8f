import { formatRange } from '@reckon/range';
import { comparePartialDatesForSort } from '@reckon/schema';
import type { Finding } from '../finding';
import type { Cluster } from '../ledger/clusters';
import type { EstimateEntry, Ledger } from '../ledger/ledger';
import { findingMessages } from '../messages/findings';
import { scopeWords } from '../scope/geography-words';
import { makeFinding } from './make-finding';

/** What the revision checks find: the findings, and the estimates a later one replaced. */
export interface Revisions {
  readonly findings: readonly Finding[];
  /** Ids of estimates a later one revises: history, left out of disagreement checks. */
  readonly revised: ReadonlySet<string>;
}

/** "18 million (2016)": an estimate's range and when it was current. */
function step(entry: EstimateEntry): string {
  const when = entry.estimate.asOf ?? entry.estimate.period?.start;
  return when === undefined ? formatRange(entry.range) : `${formatRange(entry.range)} (${when})`;
}

function revision(history: readonly EstimateEntry[]): Finding {
  const latest = history[history.length - 1] as EstimateEntry;
  const message = findingMessages.estimatesRevised(
    latest.name,
    scopeWords(latest.estimate.geography),
    history.map(step).join(' → '),
  );
  return makeFinding(
    'estimates-revised',
    message,
    history.map((e) => e.estimate.id),
  );
}

/**
 * `estimates-revised` (info): estimates that are one figure's history, not a disagreement.
 * - A `supersedes` chain (a 2018 estimate that revises a 2016 one) is one finding, oldest first.
 * - Estimates of one metric, place and period that state different `asOf` dates are one
 *   finding, in `asOf` order; the estimates of the latest date are the current ones.
 *
 * Each revised estimate is left out of `estimates-disagree` and `estimates-nest`.
 *
 * @param ledger - the dossier, read
 * @param clusters - the estimates of one metric, place and period
 * @returns the findings and the ids of revised estimates
 */
export function estimatesRevised(ledger: Ledger, clusters: readonly Cluster[]): Revisions {
  const findings: Finding[] = [];
  const revised = new Set<string>();
  // supersedes: each estimate no other revises heads a chain, walked back to its first figure.
  const supersededBy = new Set<string>();
  for (const entry of ledger.estimates) {
    const older = entry.estimate.supersedes;
    if (older !== undefined) supersededBy.add(older);
  }
  const inChain = new Set<string>();
  for (const head of ledger.estimates) {
    if (head.estimate.supersedes === undefined || supersededBy.has(head.estimate.id)) continue;
    const chain: EstimateEntry[] = [head];
    let older = ledger.byId.get(head.estimate.supersedes);
    // The schema refuses cycles of supersedes; the bound on steps is a guard all the same.
    while (older !== undefined && chain.length <= ledger.estimates.length) {
      chain.unshift(older);
      revised.add(older.estimate.id);
      const next = older.estimate.supersedes;
      older = next === undefined ? undefined : ledger.byId.get(next);
    }
    for (const e of chain) inChain.add(e.estimate.id);
    findings.push(revision(chain));
  }
  // asOf: one metric, place and period, different dates.
  for (const cluster of clusters) {
    const dated = cluster.entries.filter(
      (e) => e.estimate.asOf !== undefined && !inChain.has(e.estimate.id),
    );
    const dates = new Set(dated.map((e) => e.estimate.asOf as string));
    if (dates.size < 2) continue;
    const history = [...dated].sort((a, b) =>
      comparePartialDatesForSort(a.estimate.asOf as string, b.estimate.asOf as string),
    );
    const latest = (history[history.length - 1] as EstimateEntry).estimate.asOf;
    for (const e of history) if (e.estimate.asOf !== latest) revised.add(e.estimate.id);
    findings.push(revision(history));
  }
  return { findings, revised };
}
