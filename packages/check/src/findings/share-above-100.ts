import { certainlyGreater, point, possiblyGreater } from '@reckon/range';
import type { Finding } from '../finding';
import type { Ledger } from '../ledger/ledger';
import { findingMessages } from '../messages/findings';
import { isRatio } from '../units/unit-kinds';
import { makeFinding } from './make-finding';

/**
 * `share-above-100`: a share (an estimate `relativeTo` a base) above 100%; an error when the
 * whole range lies above, a warning when only its upper part does. A share with an open top
 * ("at least 60%") is not flagged for its top: the phrase, not the source, leaves it open.
 *
 * @param ledger - the dossier, read
 * @returns the findings
 */
export function shareAboveHundred(ledger: Ledger): Finding[] {
  const out: Finding[] = [];
  const all = point(100, '%');
  for (const share of ledger.estimates) {
    const base = share.estimate.relativeTo;
    if (base === undefined || !isRatio(share.range.unit)) continue;
    const certain = certainlyGreater(share.range, all);
    // "At least 60%" leaves its top open by phrasing, not by claiming more than the whole.
    const reaches = possiblyGreater(share.range, all) && share.range.high !== Infinity;
    if (!certain && !reaches) continue;
    const message = findingMessages.shareAboveHundred(share.words, base.metric, certain);
    out.push(
      makeFinding('share-above-100', message, [share.estimate.id], {
        severity: certain ? 'error' : 'warning',
      }),
    );
  }
  return out;
}
