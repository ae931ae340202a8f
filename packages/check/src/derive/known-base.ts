import { convert, div, mul } from '@reckon/range';
import { baseSide, estimateSide, findBases, findNumerator } from '../ledger/find-bases';
import type { EstimateEntry, Ledger } from '../ledger/ledger';
import { labels, notes, operations } from '../messages/notes';
import { differenceNotes } from '../scope/differences';
import { alignTo, rateWords } from '../units/align';
import { isRatio } from '../units/unit-kinds';
import { attempt } from './attempt';
import type { Derivation } from './derivation';
import { estimateOperand } from './operand';

/** numerator ÷ base, in the share's unit, to set beside the stated share. */
function shareFromBase(
  share: EstimateEntry,
  numerator: EstimateEntry,
  base: EstimateEntry,
  rates: Ledger['rates'],
): Derivation[] {
  const aligned = alignTo(base.range, numerator.range.unit, rates);
  if (aligned.kind !== 'aligned') return []; // unit-incompatible or currency-without-rate says why
  const result = attempt(() => convert(div(numerator.range, aligned.range), share.range.unit));
  if (result === undefined) return [];
  const sides = [estimateSide(numerator), estimateSide(base)];
  const rate = aligned.rate === undefined ? undefined : rateWords(aligned, aligned.rate);
  const rateNotes = rate === undefined ? [] : [notes.rateUsed(base.name, rate)];
  const baseWords = rate === undefined ? base.name : operations.atRate(base.name, rate);
  return [
    {
      figure: {
        id: `share-from-base:${share.estimate.id}:${base.estimate.id}`,
        kind: 'share-from-base',
        label: labels.shareFromBase(numerator.name, base.name),
        range: result,
        inputs: [numerator.estimate.id, base.estimate.id, share.estimate.id],
        operation: {
          op: 'div',
          operands: [
            estimateOperand(numerator.estimate.id),
            estimateOperand(base.estimate.id, 'all', aligned.rate),
          ],
          unit: result.unit.text,
          words: operations.div(numerator.name, baseWords),
        },
        notes: [notes.baseFromDossier(base.words), ...rateNotes, ...differenceNotes(sides)],
      },
      scopeSides: sides,
      periodSides: sides,
    },
  ];
}

/** share × base: the amount a share without a stated numerator implies. */
function impliedNumerator(share: EstimateEntry, base: EstimateEntry): Derivation[] {
  const result = attempt(() => mul(share.range, base.range));
  const side = baseSide(share);
  if (result === undefined || side === undefined) return [];
  const sides = [side, estimateSide(base)];
  return [
    {
      figure: {
        id: `implied-numerator:${share.estimate.id}:${base.estimate.id}`,
        kind: 'implied-numerator',
        label: labels.impliedNumerator(share.name, base.name),
        range: result,
        inputs: [share.estimate.id, base.estimate.id],
        operation: {
          op: 'mul',
          operands: [estimateOperand(share.estimate.id), estimateOperand(base.estimate.id)],
          unit: result.unit.text,
          words: operations.mul(share.name, base.name),
        },
        notes: [notes.baseFromDossier(base.words), ...differenceNotes(sides)],
      },
      scopeSides: sides,
      periodSides: sides,
    },
  ];
}

/**
 * What each share whose base is an estimate in the dossier implies: the share computed from
 * its numerator and that base (`share-from-base`), or, when the share names no numerator, the
 * amount it stands for (`implied-numerator`, share × base).
 *
 * @param ledger - the dossier, read
 * @returns the derivations, share by share and base by base
 */
export function deriveKnownBases(ledger: Ledger): Derivation[] {
  const out: Derivation[] = [];
  for (const share of ledger.estimates) {
    if (share.estimate.relativeTo === undefined || !isRatio(share.range.unit)) continue;
    const numerator = findNumerator(ledger, share);
    for (const base of findBases(ledger, share)) {
      out.push(
        ...(numerator === undefined
          ? impliedNumerator(share, base)
          : shareFromBase(share, numerator, base, ledger.rates)),
      );
    }
  }
  return out;
}
