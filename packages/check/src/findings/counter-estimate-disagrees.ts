import { certainlyGreater, overlaps } from '@reckon/range';
import type { Finding } from '../finding';
import { counterPairs } from '../ledger/counter-pairs';
import type { Ledger } from '../ledger/ledger';
import { findingMessages } from '../messages/findings';
import { alignTo } from '../units/align';
import { makeFinding } from './make-finding';
import { responseWords } from './response-words';

/**
 * `counter-estimate-disagrees` (warning): a response's counter-estimate does not overlap the
 * estimate it disputes. Checked for every response that gives counter-estimates (a response
 * that `disputes-figures` usually does).
 *
 * @param ledger - the dossier, read
 * @returns the findings
 */
export function counterEstimateDisagrees(ledger: Ledger): Finding[] {
  const out: Finding[] = [];
  for (const { response, counter, target } of counterPairs(ledger)) {
    const aligned = alignTo(counter.range, target.range.unit, ledger.rates);
    if (aligned.kind !== 'aligned' || overlaps(target.range, aligned.range)) continue;
    const direction = certainlyGreater(aligned.range, target.range) ? 'higher' : 'lower';
    const message = findingMessages.counterDisagrees(
      responseWords(ledger, response),
      counter.words,
      target.words,
      direction,
    );
    out.push(
      makeFinding('counter-estimate-disagrees', message, [
        response.id,
        counter.estimate.id,
        target.estimate.id,
      ]),
    );
  }
  return out;
}
