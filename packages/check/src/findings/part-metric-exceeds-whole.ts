import { certainlyGreater } from '@reckon/range';
import type { Finding } from '../finding';
import type { Ledger } from '../ledger/ledger';
import { partMetricPairs } from '../ledger/part-whole-pairs';
import { findingMessages } from '../messages/findings';
import { alignTo } from '../units/align';
import { makeFinding } from './make-finding';

/**
 * `part-metric-exceeds-whole` (error): an estimate of a metric declared part of another
 * (`metrics[].partOf`: bonded labour is part of all modern slavery) is certainly greater than
 * an estimate of the whole metric for the same place and period. Found through the index: each
 * metric's places are looked up among its wholes' places (see `partMetricPairs`).
 *
 * @param ledger - the dossier, read
 * @returns the findings, one per pair of a part's and a whole's estimate
 */
export function partMetricExceedsWhole(ledger: Ledger): Finding[] {
  const out: Finding[] = [];
  for (const { part, whole } of partMetricPairs(ledger)) {
    const aligned = alignTo(whole.range, part.range.unit, ledger.rates);
    if (aligned.kind !== 'aligned' || !certainlyGreater(part.range, aligned.range)) continue;
    const message = findingMessages.partMetricExceedsWhole(
      part.words,
      whole.words,
      part.estimate.metricKey ?? part.estimate.metric,
      whole.estimate.metricKey ?? whole.estimate.metric,
    );
    out.push(
      makeFinding('part-metric-exceeds-whole', message, [part.estimate.id, whole.estimate.id]),
    );
  }
  return out;
}
