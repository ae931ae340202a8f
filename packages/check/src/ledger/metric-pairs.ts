import type { EstimateEntry, Ledger } from './ledger';

/**
 * Every pair of estimates that share a `metricKey`, each pair once, in document order. Estimates
 * without a key are never paired: nothing says they measure the same thing.
 *
 * @param ledger - the dossier, read
 * @returns the pairs
 */
export function metricPairs(ledger: Ledger): (readonly [EstimateEntry, EstimateEntry])[] {
  const byKey = new Map<string, EstimateEntry[]>();
  for (const entry of ledger.estimates) {
    const key = entry.estimate.metricKey;
    if (key === undefined) continue;
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [entry]);
    else group.push(entry);
  }
  const pairs: (readonly [EstimateEntry, EstimateEntry])[] = [];
  for (const group of byKey.values()) {
    for (const [i, a] of group.entries()) for (const b of group.slice(i + 1)) pairs.push([a, b]);
  }
  return pairs;
}
