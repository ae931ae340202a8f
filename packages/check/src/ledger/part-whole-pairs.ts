import { scopeRelation } from '../scope/geography';
import { periodRelation } from '../scope/period';
import { isAdditive } from '../units/unit-kinds';
import type { EstimateEntry, Ledger } from './ledger';
import { metricPairs } from './metric-pairs';

/** A part and its whole: one metric, the part's place inside the whole's. */
export interface PartWhole {
  readonly part: EstimateEntry;
  readonly whole: EstimateEntry;
}

/**
 * Every pair of estimates of one metric where one place lies inside the other (Cambodia inside
 * Southeast Asia) and the periods can be the same, for quantities that add up across places
 * (money, counts); a country's share or per-head figure may exceed its region's.
 *
 * @param ledger - the dossier, read
 * @returns the pairs, part first
 */
export function partWholePairs(ledger: Ledger): PartWhole[] {
  const out: PartWhole[] = [];
  for (const [a, b] of metricPairs(ledger)) {
    if (!(isAdditive(a.range.unit) && isAdditive(b.range.unit))) continue;
    if (periodRelation(a.estimate.period, b.estimate.period) === 'disjoint') continue;
    const relation = scopeRelation(a.estimate.geography, b.estimate.geography);
    if (relation === 'within') out.push({ part: a, whole: b });
    else if (relation === 'contains') out.push({ part: b, whole: a });
  }
  return out;
}
