import { convert, div, formatRange, point, type Range } from '@reckon/range';
import type { DerivedFigure } from '../derived-figure';
import { baseSide, estimateSide, findNumerator } from '../ledger/find-bases';
import type { EstimateEntry, Ledger } from '../ledger/ledger';
import { endOf, labels, licences, notes, operations } from '../messages/notes';
import { differenceNotes } from '../scope/differences';
import { formatFigure } from '../words/format-figure';
import { attempt } from './attempt';
import type { Derivation } from './derivation';
import { estimateOperand, figureOperand } from './operand';
import { capAt, endPoint, isPositive, shareOfWhole } from './range-parts';

/** The relation behind every figure of a share with a stated numerator. */
function numeratorLicence(numerator: EstimateEntry, share: EstimateEntry) {
  const base = share.estimate.relativeTo?.metric ?? 'the base';
  return {
    kind: 'numerator',
    words: licences.numerator(share.name, numerator.name, base),
  } as const;
}

/**
 * The paired reading of one end: numerator end ÷ share end, and, when only one end of the share
 * is stated, the share the whole numerator then implies.
 */
function paired(
  numerator: EstimateEntry,
  share: EstimateEntry,
  end: 'low' | 'high',
  withShare: boolean,
  extraNotes: readonly string[] = [],
): Derivation[] {
  const n = numerator.range;
  const s = share.range;
  const base = share.estimate.relativeTo?.metric ?? 'the base';
  const nEnd = endPoint(n, end);
  const sEnd = endPoint(s, end);
  const result = attempt(() => div(nEnd, sEnd));
  if (result === undefined) return [];
  const nWords = endOf(end, numerator.name, formatRange(nEnd));
  const sWords = formatRange(sEnd);
  const inputs = [numerator.estimate.id, share.estimate.id];
  const baseFigure: DerivedFigure = {
    id: `paired-base:${share.estimate.id}:${end}`,
    kind: 'paired-base',
    label: labels.pairedBase(base, nWords, sWords),
    range: result,
    inputs,
    operation: {
      op: 'div',
      operands: [
        estimateOperand(numerator.estimate.id, end),
        estimateOperand(share.estimate.id, end),
      ],
      unit: result.unit.text,
      words: operations.div(nWords, endOf(end, share.name, sWords)),
    },
    licence: numeratorLicence(numerator, share),
    notes: [notes.pairedAssumption(nWords, sWords, end), ...extraNotes],
  };
  const out: Derivation[] = [{ figure: baseFigure, scopeSides: [], periodSides: [] }];
  if (!withShare) return out;
  const computed = attempt(() => convert(div(n, result), s.unit));
  // Under the paired reading the share is still a part of its base: at most 100%.
  const all = convert(point(1, '1'), s.unit).low;
  const implied = computed === undefined ? undefined : capAt(computed, all);
  if (computed === undefined || implied === undefined) return out;
  out.push({
    figure: {
      id: `paired-share:${share.estimate.id}:${end}`,
      kind: 'paired-share',
      label: labels.pairedShare(numerator.name, base, nWords, sWords),
      range: implied,
      inputs,
      operation: {
        op: 'div',
        operands: [estimateOperand(numerator.estimate.id), figureOperand(baseFigure.id)],
        unit: implied.unit.text,
        words: operations.div(numerator.name, baseFigure.label),
      },
      licence: numeratorLicence(numerator, share),
      notes: [
        notes.pairedShare,
        ...baseFigure.notes,
        ...(implied === computed ? [] : [notes.cappedAtWhole(numerator.name)]),
      ],
    },
    scopeSides: [],
    periodSides: [],
  });
  return out;
}

/** numerator ÷ (positive part of share): every base the two ranges allow. */
function impliedBase(
  numerator: EstimateEntry,
  share: EstimateEntry,
  sharePart: Range,
): Derivation[] {
  const result = attempt(() => div(numerator.range, sharePart));
  const side = baseSide(share);
  if (result === undefined || side === undefined) return [];
  const clipped = sharePart !== share.range;
  // Capped at 100% as well as raised above 0, or only raised above 0.
  const take = !clipped ? 'all' : sharePart.high < share.range.high ? 'share' : 'positive';
  const sides = [estimateSide(numerator), side];
  const figure: DerivedFigure = {
    id: `implied-base:${share.estimate.id}`,
    kind: 'implied-base',
    label: labels.impliedBase(
      share.estimate.relativeTo?.metric ?? 'the base',
      numerator.name,
      formatRange(share.range),
    ),
    range: result,
    inputs: [numerator.estimate.id, share.estimate.id],
    operation: {
      op: 'div',
      operands: [estimateOperand(numerator.estimate.id), estimateOperand(share.estimate.id, take)],
      unit: result.unit.text,
      words: operations.div(
        numerator.name,
        clipped ? operations.positivePart(share.name) : share.name,
      ),
    },
    licence: numeratorLicence(numerator, share),
    notes: [
      ...(take === 'positive' ? [notes.positiveShare(share.name)] : []),
      ...(take === 'share' ? [notes.shareOfWhole(share.name)] : []),
      notes.independentReading,
      ...(result.high === Infinity ? [notes.baseOnlyBoundedBelow] : []),
      ...differenceNotes(sides),
    ],
  };
  return [{ figure, scopeSides: sides, periodSides: sides }];
}

/**
 * What each share with a stated numerator implies about its base: the sound `implied-base`
 * (numerator ÷ share, any amount at any share), and the `paired-base` and `paired-share` of the
 * reading a source most likely used, where a stated end of the share belongs to the same end of
 * the numerator ("$12.5–19 billion, as much as 60% of GDP": $19 billion is 60%, so GDP is about
 * $31.7 billion and $12.5 billion is about 39%).
 *
 * @param ledger - the dossier, read
 * @returns the derivations, share by share
 */
export function deriveRelativeShares(ledger: Ledger): Derivation[] {
  const out: Derivation[] = [];
  for (const share of ledger.estimates) {
    const numerator = findNumerator(ledger, share);
    if (share.estimate.relativeTo === undefined || numerator === undefined) continue;
    const n = numerator.range;
    // A share of an amount that may be zero or negative says nothing about the base.
    if (!isPositive(n)) continue;
    const sharePart = shareOfWhole(share.range);
    if (sharePart === undefined) continue; // share-impossible or share-above-100 reports it
    out.push(...impliedBase(numerator, share, sharePart));
    const s = share.range;
    const ends = (['low', 'high'] as const).filter(
      (end) => Number.isFinite(n[end]) && Number.isFinite(s[end]) && s[end] > 0,
    );
    if (ends.length === 1) {
      for (const end of ends) out.push(...paired(numerator, share, end, true));
      continue;
    }
    // Both ends stated: the paired reading gives one base, from the high ends; the low ends
    // give it again if the source used one base, and are said in a note, not derived twice.
    const lowBase = attempt(() => div(endPoint(n, 'low'), endPoint(s, 'low')));
    const lowNote = lowBase === undefined ? [] : [notes.lowEndsGive(formatFigure(lowBase))];
    if (ends.length === 2) out.push(...paired(numerator, share, 'high', false, lowNote));
  }
  return out;
}
