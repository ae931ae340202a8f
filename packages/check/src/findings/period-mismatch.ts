import type { Derivation } from '../derive/derivation';
import type { Finding } from '../finding';
import { findingMessages } from '../messages/findings';
import { periodDifference } from '../scope/differences';
import { makeFinding } from './make-finding';

/**
 * `period-mismatch` (warning): a derived figure combines estimates whose stated periods differ.
 * Allowed, but flagged with what differs. Figures computed from the same estimates are
 * reported once.
 *
 * @param derivations - the dossier's derivations
 * @returns the findings
 */
export function periodMismatch(derivations: readonly Derivation[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { figure, periodSides } of derivations) {
    const difference = periodDifference(periodSides);
    if (difference === undefined) continue;
    const { a, b } = difference;
    const key = [a.id, b.id].sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const message = findingMessages.periodMismatch(figure.label, a.words, b.words);
    out.push(makeFinding('period-mismatch', message, [a.id, b.id], { figureId: figure.id }));
  }
  return out;
}
