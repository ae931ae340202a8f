import { div } from '@reckon/range';
import { estimateSide } from '../ledger/find-bases';
import type { EstimateEntry, Ledger } from '../ledger/ledger';
import { labels, notes, operations } from '../messages/notes';
import { periodDifference, scopeDifference } from '../scope/differences';
import { samePlace, scopeRelation } from '../scope/geography';
import { scopeWords } from '../scope/geography-words';
import { periodRelation } from '../scope/period';
import { countNoun, isCount, isMoney } from '../units/unit-kinds';
import { attempt } from './attempt';
import type { Derivation } from './derivation';
import { estimateOperand } from './operand';
import { isPositive } from './range-parts';

function perUnit(money: EstimateEntry, count: EstimateEntry): Derivation | undefined {
  const { geography } = money.estimate;
  // Money of a narrower place over a wider place's count would only bound from below by 0.
  const covers =
    samePlace(geography, count.estimate.geography) ||
    scopeRelation(geography, count.estimate.geography) === 'contains';
  if (!covers) return undefined;
  if (periodRelation(money.estimate.period, count.estimate.period) === 'disjoint') return undefined;
  if (!isPositive(count.range)) return undefined;
  const result = attempt(() => div(money.range, count.range));
  if (result === undefined) return undefined;
  const sides = [estimateSide(money), estimateSide(count)];
  const place = scopeDifference(sides);
  const period = periodDifference(sides);
  return {
    figure: {
      id: `per-unit:${money.estimate.id}/${count.estimate.id}`,
      kind: 'per-unit',
      label: labels.perUnit(money.name, countNoun(count.range.unit), count.name),
      range: result,
      inputs: [money.estimate.id, count.estimate.id],
      operation: {
        op: 'div',
        operands: [estimateOperand(money.estimate.id), estimateOperand(count.estimate.id)],
        unit: result.unit.text,
        words: operations.div(money.name, count.name),
      },
      notes: [
        ...(count.range.high === Infinity ? [notes.onlyUpperBound(count.name)] : []),
        ...(place === undefined
          ? []
          : [
              notes.differs(place.words),
              notes.upperBoundForNarrower(scopeWords(count.estimate.geography)),
            ]),
        ...(period === undefined ? [] : [notes.differsInPeriod(period.words)]),
      ],
    },
    scopeSides: sides,
    periodSides: sides,
  };
}

/**
 * Money per head: each amount of money divided by each count of a place it covers (revenue per
 * worker). A count with only a lower bound ("more than 350,000 people") gives a result with only
 * an upper bound; money of a wider place than the count's (a region's revenue over three
 * countries' workers) bounds the narrower place's figure from above, and is flagged.
 *
 * @param ledger - the dossier, read
 * @returns the derivations
 */
export function derivePerUnit(ledger: Ledger): Derivation[] {
  const out: Derivation[] = [];
  const moneys = ledger.estimates.filter((entry) => isMoney(entry.range.unit));
  const counts = ledger.estimates.filter((entry) => isCount(entry.range.unit));
  for (const money of moneys) {
    for (const count of counts) {
      const derived = perUnit(money, count);
      if (derived !== undefined) out.push(derived);
    }
  }
  return out;
}
