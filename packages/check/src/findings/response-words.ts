import type { OfficialResponse } from '@reckon/schema';
import type { Ledger } from '../ledger/ledger';

/**
 * A response in words, for messages: "The response of Touch Sokhak, spokesperson
 * (disputes-figures)".
 *
 * @param ledger - the dossier, read
 * @param response - one of its responses
 * @returns English words
 */
export function responseWords(ledger: Ledger, response: OfficialResponse): string {
  const actor = ledger.dossier.actors.find((a) => a.id === response.respondentId);
  const who = actor?.name ?? response.respondentId;
  const role = response.role === undefined ? '' : `, ${response.role.title}`;
  return `The response of ${who}${role} (${response.stance})`;
}
