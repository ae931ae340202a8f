import type { Amount } from './amount';
import type { TokenStream } from './token-stream';

/**
 * Words that may follow "won" the currency but not "won" the verb, which takes an object
 * ("12 won seats", "won the vote"): the end of a clause, or a preposition or conjunction.
 */
const AFTER_MONEY: ReadonlySet<string> = new Set([
  'in',
  'a',
  'an',
  'per',
  'for',
  'to',
  'from',
  'and',
  'or',
  'worth',
  'each',
  'of',
  'on',
  'at',
  'by',
  'over',
  'into',
  'last',
  'this',
  'that',
]);

/**
 * Whether "won" at token `i` is the Korean currency after `amount`: "2 billion won", "50,000
 * won in fines". "Won" is also the verb ("of 20,000 candidates, 12,000 won seats"), so it names
 * money only after a scale word or thousands separators, as an ambiguous letter prefix does,
 * and only where no object follows it.
 *
 * @param stream - the tokens
 * @param i - index of the token after the amount
 * @param amount - the amount before it
 * @returns true when the token is the currency
 */
export function isWonAfter(stream: TokenStream, i: number, amount: Amount): boolean {
  if (stream.at(i).lower !== 'won') return false;
  if (!amount.scaled && !stream.at(amount.first).grouped) return false;
  const after = stream.at(i + 1);
  return after.kind !== 'word' || AFTER_MONEY.has(after.lower);
}
