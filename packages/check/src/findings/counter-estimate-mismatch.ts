import type { Finding } from '../finding';
import { readCounters } from '../ledger/counter-pairs';
import type { Ledger } from '../ledger/ledger';
import { findingMessages } from '../messages/findings';
import { listWords } from '../words/list-words';
import { makeFinding } from './make-finding';
import { responseWords } from './response-words';

/**
 * `counter-estimate-mismatch` (warning): a response's counter-estimate measures something
 * other than what it disputes (another metric, place or period: deaths counted to October
 * against six months' excess deaths), or answers no estimate the response targets. It is not
 * compared as a disagreement, since it is not a figure for the same thing; the finding says
 * what differs. One finding per counter-estimate.
 *
 * @param ledger - the dossier, read
 * @returns the findings
 */
export function counterEstimateMismatch(ledger: Ledger): Finding[] {
  return readCounters(ledger).mismatches.map(({ response, counter, targets }) => {
    const against = targets.map(
      ({ target, differs }) => `${target.words} (another ${listWords([...differs])})`,
    );
    const message =
      against.length === 0
        ? findingMessages.counterAnswersNothing(responseWords(ledger, response), counter.words)
        : findingMessages.counterMismatch(
            responseWords(ledger, response),
            counter.words,
            listWords(against),
          );
    return makeFinding('counter-estimate-mismatch', message, [
      response.id,
      counter.estimate.id,
      ...targets.map(({ target }) => target.estimate.id),
    ]);
  });
}
