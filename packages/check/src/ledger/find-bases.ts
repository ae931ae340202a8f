import type { Estimate, Geography, Period } from '@reckon/schema';
import type { Side } from '../derive/derivation';
import { samePlace, scopeKey } from '../scope/geography';
import { scopeWords } from '../scope/geography-words';
import { periodRelation, periodWords } from '../scope/period';
import type { EstimateEntry, Ledger } from './ledger';

/**
 * The base a share describes, as a side to compare with its numerator or base estimate: its
 * place and period are the base's own when stated, else the share's.
 *
 * @param share - a relative estimate
 * @returns the side, or undefined for an estimate that is not a share
 */
export function baseSide(share: EstimateEntry): Side | undefined {
  const base = share.estimate.relativeTo;
  if (base === undefined) return undefined;
  const geography: readonly Geography[] | undefined = base.geography ?? share.estimate.geography;
  const period: Period | undefined = base.period ?? share.estimate.period;
  const name = `the base of ${share.name} (${base.metric})`;
  const when = period === undefined ? '' : `, ${periodWords(period)}`;
  return {
    id: share.estimate.id,
    name,
    words: `${name} for ${scopeWords(geography)}${when}`,
    ...(geography === undefined ? {} : { geography }),
    ...(period === undefined ? {} : { period }),
  };
}

/**
 * The estimates in the dossier that give a share's base: the one `relativeTo.estimateId`
 * names, or else every estimate with the base's `metricKey` for the same place (and a period
 * that can be the same).
 *
 * @param ledger - the dossier, read
 * @param share - a relative estimate
 * @returns the base estimates, in document order; empty when none is known
 */
export function findBases(ledger: Ledger, share: EstimateEntry): readonly EstimateEntry[] {
  const base = share.estimate.relativeTo;
  if (base === undefined) return [];
  if (base.estimateId !== undefined) {
    const named = ledger.byId.get(base.estimateId);
    return named === undefined ? [] : [named];
  }
  const key = base.metricKey;
  const side = baseSide(share);
  if (key === undefined || side === undefined) return [];
  // Looked up in the index by metric and place, never by scanning every estimate.
  const place = ledger.index.get(key)?.byPlace.get(scopeKey(side.geography));
  return (place?.entries ?? []).filter(
    (entry) =>
      entry.estimate.id !== share.estimate.id &&
      samePlace(entry.estimate.geography, side.geography) &&
      periodRelation(entry.estimate.period, side.period) !== 'disjoint',
  );
}

/**
 * The estimate a share expresses as a part of its base, when the dossier names it.
 *
 * @param ledger - the dossier, read
 * @param share - a relative estimate
 * @returns the numerator's entry, or undefined
 */
export function findNumerator(ledger: Ledger, share: EstimateEntry): EstimateEntry | undefined {
  const id: Estimate['numeratorEstimateId'] = share.estimate.numeratorEstimateId;
  return id === undefined ? undefined : ledger.byId.get(id);
}

/**
 * An estimate as a side: its own place and period.
 *
 * @param entry - an estimate
 * @returns the side
 */
export function estimateSide(entry: EstimateEntry): Side {
  const { id, geography, period } = entry.estimate;
  return {
    id,
    name: entry.name,
    get words() {
      return entry.words;
    },
    ...(geography === undefined ? {} : { geography }),
    ...(period === undefined ? {} : { period }),
  };
}
