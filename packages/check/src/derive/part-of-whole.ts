import { convert, div } from '@reckon/range';
import { estimateSide } from '../ledger/find-bases';
import type { Ledger } from '../ledger/ledger';
import { partWholePairs } from '../ledger/part-whole-pairs';
import { labels, notes, operations } from '../messages/notes';
import { periodDifference } from '../scope/differences';
import { scopeWords } from '../scope/geography-words';
import { alignTo, rateWords } from '../units/align';
import { attempt } from './attempt';
import type { Derivation } from './derivation';
import { estimateOperand } from './operand';
import { isPositive } from './range-parts';

/**
 * Each part's share of its whole, for one metric at nested places: Cambodia's scam revenue,
 * $12.5–19 billion, over Southeast Asia's, $50–75 billion, is 16.7–38%.
 *
 * @param ledger - the dossier, read
 * @returns the derivations, in `%`
 */
export function derivePartsOfWholes(ledger: Ledger): Derivation[] {
  const out: Derivation[] = [];
  for (const { part, whole } of partWholePairs(ledger)) {
    if (!isPositive(whole.range)) continue;
    const aligned = alignTo(whole.range, part.range.unit, ledger.rates);
    if (aligned.kind !== 'aligned') continue; // currency-without-rate or unit-incompatible says why
    const result = attempt(() => convert(div(part.range, aligned.range), '%'));
    if (result === undefined) continue;
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
        notes: [
          notes.sameQuantity(part.name, whole.name),
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
