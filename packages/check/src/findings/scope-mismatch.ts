import type { Derivation } from '../derive/derivation';
import type { Finding } from '../finding';
import { findingMessages, plainTail, upperBoundTail } from '../messages/findings';
import { scopeDifference } from '../scope/differences';
import { scopeWords } from '../scope/geography-words';
import { makeFinding } from './make-finding';

/**
 * `scope-mismatch` (warning): a derived figure combines estimates of different places (revenue
 * of a region over the labour force of three of its countries). Allowed, since it may be the
 * best figure there is, but flagged with what differs. Figures computed from the same estimates
 * are reported once.
 *
 * @param derivations - the dossier's derivations
 * @returns the findings
 */
export function scopeMismatch(derivations: readonly Derivation[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { figure, scopeSides } of derivations) {
    const difference = scopeDifference(scopeSides);
    if (difference === undefined) continue;
    const { a, b, relation } = difference;
    const key = [a.id, b.id].sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const tail =
      figure.kind === 'per-unit' && relation === 'contains'
        ? upperBoundTail(scopeWords(b.geography))
        : plainTail;
    const message = findingMessages.scopeMismatch(figure.label, a.words, b.words, tail);
    out.push(makeFinding('scope-mismatch', message, [a.id, b.id], { figureId: figure.id }));
  }
  return out;
}
