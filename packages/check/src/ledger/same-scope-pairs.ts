import { samePlace } from '../scope/geography';
import { periodRelation } from '../scope/period';
import { counterPairs } from './counter-pairs';
import type { EstimateEntry, Ledger } from './ledger';
import { metricPairs } from './metric-pairs';

/** Two estimates of one metric, place and period, and whether the period of one is unstated. */
export interface SameScopePair {
  readonly a: EstimateEntry;
  readonly b: EstimateEntry;
  readonly periodUnknown: boolean;
}

/**
 * Pairs of estimates that should measure the very same quantity: one `metricKey`, the same
 * places (or neither states a place), and periods that are the same or not known to differ.
 * A counter-estimate and the estimate it disputes are left to `counter-estimate-disagrees`, so
 * the disagreement is reported once, as the response's.
 *
 * @param ledger - the dossier, read
 * @returns the pairs, in document order
 */
export function sameScopePairs(ledger: Ledger): SameScopePair[] {
  const disputed = new Set(
    counterPairs(ledger).flatMap(({ counter, target }) => [
      `${counter.estimate.id} ${target.estimate.id}`,
      `${target.estimate.id} ${counter.estimate.id}`,
    ]),
  );
  const out: SameScopePair[] = [];
  for (const [a, b] of metricPairs(ledger)) {
    if (disputed.has(`${a.estimate.id} ${b.estimate.id}`)) continue;
    if (!samePlace(a.estimate.geography, b.estimate.geography)) continue;
    const period = periodRelation(a.estimate.period, b.estimate.period);
    if (period === 'same' || period === 'unknown') {
      out.push({ a, b, periodUnknown: period === 'unknown' });
    }
  }
  return out;
}
