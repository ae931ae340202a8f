import { certainlyGreater } from '@reckon/range';
import type { Finding } from '../finding';
import { periodPairs } from '../ledger/estimate-index';
import type { Ledger } from '../ledger/ledger';
import { findingMessages } from '../messages/findings';
import { alignTo } from '../units/align';
import { makeFinding } from './make-finding';

/** The metrics a metric is part of, nearest first, through `metrics[].partOf`. */
function wholesOf(ledger: Ledger, key: string): string[] {
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

/**
 * `part-metric-exceeds-whole` (error): an estimate of a metric declared part of another
 * (`metrics[].partOf`: bonded labour is part of all modern slavery) is certainly greater than
 * an estimate of the whole metric for the same place and period. Found through the index: each
 * metric's places are looked up among its wholes' places.
 *
 * @param ledger - the dossier, read
 * @returns the findings, one per pair of a part's and a whole's estimate
 */
export function partMetricExceedsWhole(ledger: Ledger): Finding[] {
  const out: Finding[] = [];
  for (const group of ledger.index.values()) {
    for (const wholeKey of wholesOf(ledger, group.metricKey)) {
      const whole = ledger.index.get(wholeKey);
      if (whole === undefined) continue;
      for (const place of group.byPlace.values()) {
        const wholePlace = whole.byPlace.get(place.key);
        if (wholePlace === undefined) continue;
        for (const [part, w] of periodPairs(place, wholePlace)) {
          const aligned = alignTo(w.range, part.range.unit, ledger.rates);
          if (aligned.kind !== 'aligned' || !certainlyGreater(part.range, aligned.range)) continue;
          const message = findingMessages.partMetricExceedsWhole(
            part.words,
            w.words,
            group.metricKey,
            wholeKey,
          );
          out.push(
            makeFinding('part-metric-exceeds-whole', message, [part.estimate.id, w.estimate.id]),
          );
        }
      }
    }
  }
  return out;
}
