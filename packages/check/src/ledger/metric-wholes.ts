import type { Ledger } from './ledger';

/**
 * The metrics a metric is declared part of, nearest first, through `metrics[].partOf`
 * ("bonded-labour" is part of "modern-slavery").
 *
 * @param ledger - the dossier, read
 * @param key - a metric key
 * @returns the keys of its wholes; empty when it is part of none
 */
export function wholesOf(ledger: Ledger, key: string): string[] {
  const parentOf = new Map(ledger.dossier.metrics.map((m) => [m.key, m.partOf] as const));
  const out: string[] = [];
  let parent = parentOf.get(key);
  // The schema refuses cycles; the bound on steps is a guard all the same.
  while (parent !== undefined && out.length < parentOf.size) {
    out.push(parent);
    parent = parentOf.get(parent);
  }
  return out;
}
