import { overlaps } from '@reckon/range';
import type { Derivation } from '../derive/derivation';
import { computeShare } from '../derive/known-base';
import { isPositive, positivePart } from '../derive/range-parts';
import type { Finding } from '../finding';
import { findBases, findNumerator } from '../ledger/find-bases';
import type { Ledger } from '../ledger/ledger';
import { findingMessages } from '../messages/findings';
import { isRatio } from '../units/unit-kinds';
import { formatFigure } from '../words/format-figure';
import { makeFinding } from './make-finding';

/**
 * `share-impossible` (error): a stated share that its numerator and a known base make
 * impossible: the share computed from them (`share-from-base`) does not overlap it, or the
 * share has no positive value though its numerator is positive.
 *
 * @param ledger - the dossier, read
 * @param derivations - the dossier's derivations, to name the figure a finding is about
 * @returns the findings
 */
export function shareImpossible(ledger: Ledger, derivations: readonly Derivation[]): Finding[] {
  const out: Finding[] = [];
  const derived = new Set(derivations.map(({ figure }) => figure.id));
  for (const share of ledger.estimates) {
    if (share.estimate.relativeTo === undefined || !isRatio(share.range.unit)) continue;
    const numerator = findNumerator(ledger, share);
    if (numerator === undefined) continue;
    if (isPositive(numerator.range) && positivePart(share.range) === undefined) {
      const message = findingMessages.shareNotPositive(share.words, numerator.words);
      out.push(
        makeFinding('share-impossible', message, [share.estimate.id, numerator.estimate.id]),
      );
    }
  }
  for (const share of ledger.estimates) {
    if (share.estimate.relativeTo === undefined || !isRatio(share.range.unit)) continue;
    const numerator = findNumerator(ledger, share);
    if (numerator === undefined) continue;
    for (const base of findBases(ledger, share)) {
      const computed = computeShare(share, numerator, base, ledger.rates);
      if (computed === undefined || overlaps(computed.range, share.range)) continue;
      const figureId = `share-from-base:${share.estimate.id}:${base.estimate.id}`;
      const message = findingMessages.shareImpossible(
        share.words,
        numerator.words,
        base.words,
        formatFigure(computed.range),
      );
      const refs = [share.estimate.id, numerator.estimate.id, base.estimate.id];
      out.push(
        makeFinding('share-impossible', message, refs, derived.has(figureId) ? { figureId } : {}),
      );
    }
  }
  return out;
}
