import { certainlyGreater, overlaps } from '@reckon/range';
import type { Finding } from '../finding';
import type { Ledger } from '../ledger/ledger';
import { sameScopePairs } from '../ledger/same-scope-pairs';
import { findingMessages } from '../messages/findings';
import { alignTo } from '../units/align';
import { makeFinding } from './make-finding';

/**
 * `estimates-disagree` (warning): two estimates of one metric, place and period whose ranges
 * do not overlap. Reported rather than resolved: a disagreement between sources is often the
 * story.
 *
 * @param ledger - the dossier, read
 * @returns the findings
 */
export function estimatesDisagree(ledger: Ledger): Finding[] {
  const out: Finding[] = [];
  for (const { a, b, periodUnknown } of sameScopePairs(ledger)) {
    const aligned = alignTo(b.range, a.range.unit, ledger.rates);
    if (aligned.kind !== 'aligned' || overlaps(a.range, aligned.range)) continue;
    const [higher, lower] = certainlyGreater(a.range, aligned.range) ? [a, b] : [b, a];
    const message = findingMessages.estimatesDisagree(higher.words, lower.words, periodUnknown);
    out.push(makeFinding('estimates-disagree', message, [a.estimate.id, b.estimate.id]));
  }
  return out;
}
