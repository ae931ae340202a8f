import { counterPairs } from './counter-pairs';
import { findBases, findNumerator } from './find-bases';
import type { EstimateEntry, Ledger } from './ledger';
import { metricPairs } from './metric-pairs';

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
 * them). Each pair once, the first reason found.
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
  for (const [a, b] of metricPairs(ledger)) {
    add(a, b, `share the metric key “${a.estimate.metricKey}”`);
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
