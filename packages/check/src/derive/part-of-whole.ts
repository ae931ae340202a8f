import { convert, div } from '@reckon/range';
import { estimateSide } from '../ledger/find-bases';
import type { Ledger } from '../ledger/ledger';
import { partMetricPairs, partWholePairs } from '../ledger/part-whole-pairs';
import { labels, licences, notes, operations } from '../messages/notes';
import { periodDifference } from '../scope/differences';
import { scopeWords } from '../scope/geography-words';
import { alignTo, rateWords } from '../units/align';
import { attempt } from './attempt';
import type { Derivation } from './derivation';
import { estimateOperand } from './operand';
import { capAt, isPositive } from './range-parts';

/**
 * Each part's share of its whole, for one metric at nested places (Cambodia's scam revenue,
 * $12.5–19 billion, over Southeast Asia's, $50–75 billion, is 16.7–38%), or for a metric
 * declared part of another (`metrics[].partOf`) at one place. A part never exceeds
 * its whole, so the share is capped at 100% ("more than 12%" of a region's head count is
 * 12–100%).
 *
 * @param ledger - the dossier, read
 * @returns the derivations, in `%`
 */
export function derivePartsOfWholes(ledger: Ledger): Derivation[] {
  const out: Derivation[] = [];
  for (const { part, whole, by } of [...partWholePairs(ledger), ...partMetricPairs(ledger)]) {
    if (!isPositive(whole.range)) continue;
    const aligned = alignTo(whole.range, part.range.unit, ledger.rates);
    if (aligned.kind !== 'aligned') continue; // currency-without-rate or unit-incompatible says why
    const computed = attempt(() => convert(div(part.range, aligned.range), '%'));
    // A part never exceeds its whole: at most 100%. A part wholly above it derives nothing,
    // and part-exceeds-whole says so.
    const result = computed === undefined ? undefined : capAt(computed, 100);
    if (computed === undefined || result === undefined) continue;
    const sides = [estimateSide(part), estimateSide(whole)];
    const period = periodDifference(sides);
    const rate = aligned.rate === undefined ? undefined : rateWords(aligned, aligned.rate);
    const wholeWords = rate === undefined ? whole.name : operations.atRate(whole.name, rate);
    out.push({
      figure: {
        id: `part-of-whole:${part.estimate.id}/${whole.estimate.id}`,
        kind: 'part-of-whole',
        label: labels.partOfWhole(
          part.name,
          scopeWords(part.estimate.geography),
          whole.name,
          scopeWords(whole.estimate.geography),
        ),
        range: result,
        inputs: [part.estimate.id, whole.estimate.id],
        operation: {
          op: 'div',
          operands: [
            estimateOperand(part.estimate.id),
            estimateOperand(whole.estimate.id, 'all', aligned.rate),
          ],
          unit: result.unit.text,
          words: operations.div(part.name, wholeWords),
        },
        licence:
          by === 'place'
            ? {
                kind: 'place',
                words: licences.place(
                  part.estimate.metricKey ?? part.estimate.metric,
                  scopeWords(part.estimate.geography),
                  scopeWords(whole.estimate.geography),
                ),
              }
            : {
                kind: 'part-of',
                words: licences.partOf(
                  part.estimate.metricKey ?? part.estimate.metric,
                  whole.estimate.metricKey ?? whole.estimate.metric,
                  scopeWords(part.estimate.geography),
                ),
              },
        notes: [
          by === 'place'
            ? notes.sameQuantity(part.name, whole.name)
            : notes.declaredPart(part.name, whole.name),
          ...(result === computed ? [] : [notes.cappedAtWhole(part.name)]),
          ...(rate === undefined ? [] : [notes.rateUsed(whole.name, rate)]),
          ...(period === undefined ? [] : [notes.differsInPeriod(period.words)]),
        ],
      },
      // The places differ by design; only the periods should agree.
      scopeSides: [],
      periodSides: sides,
    });
  }
  return out;
}
