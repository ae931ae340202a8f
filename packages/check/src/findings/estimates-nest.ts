import { contains } from '@reckon/range';
import type { Finding } from '../finding';
import type { Ledger } from '../ledger/ledger';
import { sameScopePairs } from '../ledger/same-scope-pairs';
import { findingMessages } from '../messages/findings';
import { alignTo } from '../units/align';
import { makeFinding } from './make-finding';

/**
 * `estimates-nest` (info): one estimate of a metric, place and period lies inside another's
 * range (and they are not the same range): the narrower may refine the wider, or rest on it.
 *
 * @param ledger - the dossier, read
 * @returns the findings
 */
export function estimatesNest(ledger: Ledger): Finding[] {
  const out: Finding[] = [];
  for (const { a, b, periodUnknown } of sameScopePairs(ledger)) {
    const aligned = alignTo(b.range, a.range.unit, ledger.rates);
    if (aligned.kind !== 'aligned') continue;
    const bInA = contains(a.range, aligned.range);
    const aInB = contains(aligned.range, a.range);
    if (bInA === aInB) continue; // apart, overlapping, or the same range: not nested
    const [inner, outer] = bInA ? [b, a] : [a, b];
    const message = findingMessages.estimatesNest(inner.words, outer.words, periodUnknown);
    out.push(makeFinding('estimates-nest', message, [inner.estimate.id, outer.estimate.id]));
  }
  return out;
}
