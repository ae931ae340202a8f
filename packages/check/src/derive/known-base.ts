import { convert, div, mul, point, type Range } from '@reckon/range';
import { baseSide, estimateSide, findBases, findNumerator } from '../ledger/find-bases';
import type { EstimateEntry, Ledger } from '../ledger/ledger';
import { labels, licences, notes, operations } from '../messages/notes';
import { differenceNotes } from '../scope/differences';
import { type Alignment, alignTo, rateWords } from '../units/align';
import { isRatio } from '../units/unit-kinds';
import { attempt } from './attempt';
import type { Derivation } from './derivation';
import { estimateOperand } from './operand';
import { capAt, shareOfWhole } from './range-parts';

/** A share computed from its numerator and a base estimate, and the base as aligned. */
export interface ComputedShare {
  readonly range: Range;
  readonly aligned: Alignment & { readonly kind: 'aligned' };
}

/**
 * numerator ÷ base in the share's unit, as the arithmetic gives it (not capped at 100%): what
 * `share-impossible` compares with the stated share, and `share-from-base` caps.
 *
 * @param share - the share
 * @param numerator - its numerator
 * @param base - a base estimate
 * @param rates - the caller's rates
 * @returns the computed share, or undefined when the units or the arithmetic refuse
 */
export function computeShare(
  share: EstimateEntry,
  numerator: EstimateEntry,
  base: EstimateEntry,
  rates: Ledger['rates'],
): ComputedShare | undefined {
  const aligned = alignTo(base.range, numerator.range.unit, rates);
  if (aligned.kind !== 'aligned') return undefined; // unit-incompatible or currency-without-rate says why
  const range = attempt(() => convert(div(numerator.range, aligned.range), share.range.unit));
  return range === undefined ? undefined : { range, aligned };
}

/** numerator ÷ base, in the share's unit, to set beside the stated share; at most 100%. */
function shareFromBase(
  share: EstimateEntry,
  numerator: EstimateEntry,
  base: EstimateEntry,
  rates: Ledger['rates'],
): Derivation[] {
  const computed = computeShare(share, numerator, base, rates);
  if (computed === undefined) return [];
  const { aligned } = computed;
  // The numerator is a part of its base: the share is at most 100%. A computed share wholly
  // above that is no figure; share-impossible reports it.
  const result = capAt(computed.range, convert(point(1, '1'), share.range.unit).low);
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
        licence: { kind: 'base', words: licences.base(share.name, base.name) },
        notes: [
          notes.baseFromDossier(base.words),
          ...rateNotes,
          ...(result === computed.range ? [] : [notes.cappedAtWhole(numerator.name)]),
          ...differenceNotes(sides),
        ],
      },
      scopeSides: sides,
      periodSides: sides,
    },
  ];
}

/** share × base: the amount a share without a stated numerator implies. */
function impliedNumerator(share: EstimateEntry, base: EstimateEntry): Derivation[] {
  // A share of a whole lies in (0, 100%], so the amount it stands for is a part of the base,
  // capped by it.
  const part = shareOfWhole(share.range);
  if (part === undefined) return []; // share-above-100 reports it
  const take = part === share.range ? 'all' : part.high < share.range.high ? 'share' : 'positive';
  const result = attempt(() => mul(part, base.range));
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
          operands: [estimateOperand(share.estimate.id, take), estimateOperand(base.estimate.id)],
          unit: result.unit.text,
          words: operations.mul(
            take === 'all' ? share.name : operations.positivePart(share.name),
            base.name,
          ),
        },
        licence: { kind: 'base', words: licences.base(share.name, base.name) },
        notes: [
          notes.baseFromDossier(base.words),
          ...(take === 'positive' ? [notes.positiveShare(share.name)] : []),
          ...(take === 'share' ? [notes.shareOfWhole(share.name)] : []),
          ...differenceNotes(sides),
        ],
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
