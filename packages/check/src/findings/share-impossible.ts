import { overlaps } from '@reckon/range';
import type { Derivation } from '../derive/derivation';
import { isPositive, positivePart } from '../derive/range-parts';
import type { Finding } from '../finding';
import { findNumerator } from '../ledger/find-bases';
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
 * @param derivations - the dossier's derivations, for the shares computed from known bases
 * @returns the findings
 */
export function shareImpossible(ledger: Ledger, derivations: readonly Derivation[]): Finding[] {
  const out: Finding[] = [];
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
  for (const { figure } of derivations) {
    if (figure.kind !== 'share-from-base') continue;
    const [numeratorId = '', baseId = '', shareId = ''] = figure.inputs;
    const share = ledger.byId.get(shareId);
    const numerator = ledger.byId.get(numeratorId);
    const base = ledger.byId.get(baseId);
    if (share === undefined || numerator === undefined || base === undefined) continue;
    if (overlaps(figure.range, share.range)) continue;
    const message = findingMessages.shareImpossible(
      share.words,
      numerator.words,
      base.words,
      formatFigure(figure.range),
    );
    out.push(
      makeFinding('share-impossible', message, [shareId, numeratorId, baseId], {
        figureId: figure.id,
      }),
    );
  }
  return out;
}
