import { atomKindOf } from '../unit/unit-of-words';
import { countNoun, isInvariantPlural } from './lexicon/nouns';
import type { TokenStream } from './token-stream';

/**
 * The noun a figure counts when the word after it is a noun spelled alike in both numbers
 * ("people", "fish", "aircraft", "staff") and a counted noun follows: the first noun then
 * says what the second is. "50 people smugglers" counts smugglers, "500 fish farms" farms and
 * "12 aircraft carriers" carriers; read with the first noun alone, each was a count of
 * something else. A time word is never that second noun ("killed 200 people days after the
 * vote" counts people), nor a capitalised word.
 *
 * @param stream - the tokens
 * @param j - index of the word after the first noun
 * @param first - the first noun, in lower case
 * @param one - whether the figure is exactly 1 ("1 police officer")
 * @returns the second noun in lower case, or undefined when the first is the one counted
 * @example
 * nounAfterAdjunct(new TokenStream('50 people smugglers'), 2, 'people', false); // => 'smugglers'
 */
export function nounAfterAdjunct(
  stream: TokenStream,
  j: number,
  first: string,
  one: boolean,
): string | undefined {
  if (!isInvariantPlural(first)) return undefined;
  const word = stream.at(j);
  if (word.kind !== 'word' || word.text !== word.lower) return undefined;
  const noun = countNoun(word.text, one);
  return noun !== undefined && atomKindOf(noun) === 'count' ? noun : undefined;
}
