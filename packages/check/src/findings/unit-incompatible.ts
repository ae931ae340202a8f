import type { Finding } from '../finding';
import type { Ledger } from '../ledger/ledger';
import { unitPairs } from '../ledger/unit-pairs';
import { findingMessages } from '../messages/findings';
import { alignTo } from '../units/align';
import { makeFinding } from './make-finding';

/**
 * `unit-incompatible` (error): two estimates the dossier says should combine (one metric key,
 * a share's numerator and base, a counter-estimate and its target) are in units that measure
 * different things (`USD/year` and `people`, or a stock `USD` and a flow `USD/year`).
 *
 * @param ledger - the dossier, read
 * @returns the findings
 */
export function unitIncompatible(ledger: Ledger): Finding[] {
  const out: Finding[] = [];
  for (const { a, b, why } of unitPairs(ledger)) {
    if (alignTo(b.range, a.range.unit, ledger.rates).kind !== 'incompatible') continue;
    const message = findingMessages.unitIncompatible(
      a.words,
      b.words,
      why,
      a.range.unit.text,
      b.range.unit.text,
    );
    out.push(makeFinding('unit-incompatible', message, [a.estimate.id, b.estimate.id]));
  }
  return out;
}
