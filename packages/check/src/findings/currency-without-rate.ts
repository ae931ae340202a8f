import { div, point } from '@reckon/range';
import type { Finding } from '../finding';
import type { Ledger } from '../ledger/ledger';
import { unitPairs } from '../ledger/unit-pairs';
import { findingMessages } from '../messages/findings';
import { alignTo } from '../units/align';
import { makeFinding } from './make-finding';

/**
 * `currency-without-rate` (warning): two estimates that should combine are in different
 * currencies or price years, and no rate the caller gave converts one into the other, so they
 * were neither compared nor combined. The message says which rate would.
 *
 * @param ledger - the dossier, read
 * @returns the findings
 */
export function currencyWithoutRate(ledger: Ledger): Finding[] {
  const out: Finding[] = [];
  for (const { a, b, why } of unitPairs(ledger)) {
    if (alignTo(b.range, a.range.unit, ledger.rates).kind !== 'needs-rate') continue;
    // The rate that turns b into a's unit: a's currency per b's, time cancelled.
    const rateUnit = div(point(1, a.range.unit), point(1, b.range.unit)).unit.text;
    const message = findingMessages.currencyWithoutRate(
      a.words,
      b.words,
      why,
      a.range.unit.text,
      b.range.unit.text,
      rateUnit,
    );
    out.push(makeFinding('currency-without-rate', message, [a.estimate.id, b.estimate.id]));
  }
  return out;
}
