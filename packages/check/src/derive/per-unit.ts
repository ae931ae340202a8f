import { div } from '@reckon/range';
import {
  type EstimateIndex,
  indexEstimates,
  type PlaceGroup,
  periodPairs,
  placeOf,
} from '../ledger/estimate-index';
import { estimateSide } from '../ledger/find-bases';
import type { EstimateEntry, Ledger } from '../ledger/ledger';
import { metricFamily } from '../ledger/metric-family';
import { labels, licences, notes, operations } from '../messages/notes';
import { periodDifference, scopeDifference } from '../scope/differences';
import { scopeRelation } from '../scope/geography';
import { scopeWords } from '../scope/geography-words';
import { countNoun, isCount, isMoney } from '../units/unit-kinds';
import { attempt } from './attempt';
import type { Derivation } from './derivation';
import { estimateOperand } from './operand';
import { isPositive, upToHigh } from './range-parts';

/** How the count's place relates to the money's: the same place, or inside it. */
type Where = 'same' | 'inside';

function perUnit(
  money: EstimateEntry,
  count: EstimateEntry,
  family: string,
  where: Where,
): Derivation | undefined {
  if (!isPositive(count.range) || money.estimate.metricKey === count.estimate.metricKey) {
    return undefined;
  }
  const quotient = attempt(() => div(money.range, count.range));
  if (quotient === undefined) return undefined;
  // A wider place's amount over a narrower place's count bounds the narrower place's figure
  // from above only: its own amount lies anywhere above 0 up to the wider place's.
  const result = where === 'same' ? quotient : upToHigh(quotient);
  const sides = [estimateSide(money), estimateSide(count)];
  const place = scopeDifference(sides);
  const period = periodDifference(sides);
  const moneyPlace = scopeWords(money.estimate.geography);
  const countPlace = scopeWords(count.estimate.geography);
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
      licence: {
        kind: 'same-subject',
        words: licences.sameSubject(
          money.name,
          count.name,
          family,
          where === 'same' ? licences.samePlace : licences.countInside(countPlace, moneyPlace),
        ),
      },
      notes: [
        ...(count.range.high === Infinity ? [notes.onlyUpperBound(count.name)] : []),
        ...(place === undefined
          ? []
          : [notes.differs(place.words), notes.upperBoundForNarrower(countPlace)]),
        ...(where === 'inside' && count.range.high !== Infinity
          ? [notes.onlyUpperBoundForNarrower]
          : []),
        ...(period === undefined ? [] : [notes.differsInPeriod(period.words)]),
      ],
    },
    scopeSides: sides,
    periodSides: sides,
  };
}

/** Each count place group of a family at the money's place, or inside it. */
function countPlaces(money: PlaceGroup, counts: EstimateIndex, family: string) {
  const group = counts.get(family);
  if (group === undefined) return [];
  const out: { readonly counts: PlaceGroup; readonly where: Where }[] = [];
  const same = group.byPlace.get(money.key);
  if (same !== undefined) out.push({ counts: same, where: 'same' });
  const moneyPlace = placeOf(money);
  if (moneyPlace === undefined) return out;
  for (const place of group.byPlace.values()) {
    if (place === same) continue;
    if (scopeRelation(placeOf(place), moneyPlace) === 'within') {
      out.push({ counts: place, where: 'inside' });
    }
  }
  return out;
}

/**
 * Money per head, only of one subject: each amount of money over each count of the same metric
 * family (`scam-revenue` over `scam-labour-force`), at the same place, or with the count's
 * place inside the money's, and about one period. Money and a count of different families (the
 * funds a politician raised and a death toll) are never divided. A count with only a lower
 * bound ("more than 350,000 people") gives a result with only an upper bound; a wider place's
 * money over a narrower place's count gives only an upper bound too, and is flagged; it is not
 * derived for a count whose own place's money is known, so no figure is derived twice.
 *
 * @param ledger - the dossier, read
 * @returns the derivations
 */
export function derivePerUnit(ledger: Ledger): Derivation[] {
  const familyOf = (entry: EstimateEntry) => metricFamily(entry.estimate.metricKey);
  const moneys = indexEstimates(
    ledger.estimates.filter((entry) => isMoney(entry.range.unit)),
    familyOf,
  );
  if (moneys.size === 0) return [];
  const counts = indexEstimates(
    ledger.estimates.filter((entry) => isCount(entry.range.unit)),
    familyOf,
  );
  const found: { money: EstimateEntry; count: EstimateEntry; family: string; where: Where }[] = [];
  for (const [family, group] of moneys) {
    for (const money of group.byPlace.values()) {
      for (const { counts: place, where } of countPlaces(money, counts, family)) {
        for (const [m, c] of periodPairs(money, place))
          found.push({ money: m, count: c, family, where });
      }
    }
  }
  // A count with money of its own place gets its figure from that; a wider place's money would
  // only bound the same figure again, from above.
  const ownMoney = new Set(found.filter((f) => f.where === 'same').map((f) => f.count));
  const out: Derivation[] = [];
  for (const { money, count, family, where } of found) {
    if (where === 'inside' && ownMoney.has(count)) continue;
    const derived = perUnit(money, count, family, where);
    if (derived !== undefined) out.push(derived);
  }
  return out;
}
