import { counterPairs } from './counter-pairs';
import { findBases, findNumerator } from './find-bases';
import type { EstimateEntry, Ledger } from './ledger';

/** Two estimates the dossier says should combine, and why, in words. */
export interface UnitPair {
  readonly a: EstimateEntry;
  readonly b: EstimateEntry;
  /** "share the metric key “scam-revenue”", "are the numerator and base of “…”". */
  readonly why: string;
}

/**
 * Every pair of estimates whose units must combine: two of one metric (to compare them), a
 * share's numerator and base (to divide them), a counter-estimate and its target (to compare
 * them). Each pair once, the first reason found. Of one metric, only the first estimate in
 * each unit is paired with the first in each other unit: the units are what is checked, so one
 * pair per two units says it all, and a metric of thousands of estimates in one unit gives none.
 *
 * @param ledger - the dossier, read
 * @returns the pairs
 */
export function unitPairs(ledger: Ledger): UnitPair[] {
  const out: UnitPair[] = [];
  const seen = new Set<string>();
  const add = (a: EstimateEntry, b: EstimateEntry, why: string) => {
    const key = [a.estimate.id, b.estimate.id].sort().join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ a, b, why });
  };
  for (const group of ledger.index.values()) {
    const firstInUnit = new Map<unknown, EstimateEntry>();
    for (const entry of group.entries) {
      if (!firstInUnit.has(entry.range.unit)) firstInUnit.set(entry.range.unit, entry);
    }
    const firsts = [...firstInUnit.values()];
    for (const [i, a] of firsts.entries()) {
      for (const b of firsts.slice(i + 1)) add(a, b, `share the metric key “${group.metricKey}”`);
    }
  }
  for (const share of ledger.estimates) {
    const numerator = findNumerator(ledger, share);
    if (numerator === undefined) continue;
    for (const base of findBases(ledger, share)) {
      add(numerator, base, `are the numerator and the base of ${share.name}`);
    }
  }
  for (const { counter, target } of counterPairs(ledger)) {
    add(counter, target, 'are a counter-estimate and the estimate it disputes');
  }
  return out;
}
