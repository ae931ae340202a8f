import { certainlyGreater } from '@reckon/range';
import type { Finding } from '../finding';
import type { Ledger } from '../ledger/ledger';
import { partWholePairs } from '../ledger/part-whole-pairs';
import { findingMessages } from '../messages/findings';
import { scopeWords } from '../scope/geography-words';
import { periodRelation } from '../scope/period';
import { alignTo } from '../units/align';
import { makeFinding } from './make-finding';

/**
 * `part-exceeds-whole` (error): an estimate of a metric for a place is certainly greater than
 * the estimate of the same metric for a place that contains it (a country above its region),
 * for quantities that add up across places and periods that may be the same.
 *
 * @param ledger - the dossier, read
 * @returns the findings
 */
export function partExceedsWhole(ledger: Ledger): Finding[] {
  const out: Finding[] = [];
  for (const { part, whole } of partWholePairs(ledger)) {
    // A part over two years may average above its whole's single year; compare like periods.
    if (periodRelation(part.estimate.period, whole.estimate.period) === 'overlapping') continue;
    const aligned = alignTo(whole.range, part.range.unit, ledger.rates);
    if (aligned.kind !== 'aligned' || !certainlyGreater(part.range, aligned.range)) continue;
    const message = findingMessages.partExceedsWhole(
      part.words,
      whole.words,
      scopeWords(part.estimate.geography),
      scopeWords(whole.estimate.geography),
    );
    out.push(makeFinding('part-exceeds-whole', message, [part.estimate.id, whole.estimate.id]));
  }
  return out;
}
