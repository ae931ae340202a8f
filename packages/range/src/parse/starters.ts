import { CHANGES } from './lexicon/changes';
import { CURRENCY_PREFIX, CURRENCY_SUFFIX, isKnownCode } from './lexicon/currencies';
import { LOCAL_PREFIX_STARTERS } from './lexicon/local-currencies';
import { TENS, UNITS } from './lexicon/number-words';
import { COMPARATIVE_BEFORE } from './lexicon/qualifiers';
import { matchLongest, type Trie } from './lexicon/trie';
import { VAGUE } from './lexicon/vague';
import { isSign, parenthesisedSign, signsWhatFollows } from './signs';
import type { TokenStream } from './token-stream';

/**
 * The word tables a phrase can start with whose entries may span several words ("in excess
 * of", "on the order of"). Each is looked up where the phrase starts: the comparatives and
 * changes by the phrase, the vague magnitudes by its core, and the currency prefixes and
 * names ("US dollar 2,227") by its first quantity.
 */
const STARTING_TRIES: readonly Trie<unknown>[] = [
  COMPARATIVE_BEFORE,
  CHANGES,
  CURRENCY_PREFIX,
  CURRENCY_SUFFIX,
  VAGUE,
];

/** Every other word or sign a phrase can start with: the word alone may start one. */
const STARTERS: ReadonlySet<string> = new Set([
  ...LOCAL_PREFIX_STARTERS,
  ...UNITS.keys(),
  ...TENS.keys(),
  'a',
  'an',
  'half',
  'between',
  'from',
  'minus',
  'negative',
]);

/**
 * How each word or sign a phrase can start with starts one: `true` when it may alone, or
 * the tables whose multi-word entries it begins when that is its only way in. Such a word
 * starts a phrase only where one of those entries is written in full: "in" in "in excess
 * of" and not in "in 2025", so ordinary prose ("in", "of", "on", "at") costs a lookup or two
 * instead of a try of the whole grammar. One map, so a word costs one lookup.
 */
const STARTS: ReadonlyMap<string, true | readonly Trie<unknown>[]> = (() => {
  const starts = new Map<string, true | Trie<unknown>[]>();
  for (const trie of STARTING_TRIES) {
    for (const word of trie.next.keys()) {
      const tries = starts.get(word);
      if (tries === undefined) starts.set(word, [trie]);
      else if (tries !== true) tries.push(trie);
    }
  }
  for (const word of STARTERS) starts.set(word, true);
  return starts;
})();

/**
 * Whether a phrase could start at token `i`. Extraction tries the grammar only where this
 * holds, so ordinary prose costs a map lookup per word.
 *
 * @param stream - the tokens
 * @param i - absolute index of the token
 * @returns false when no grammar rule begins there
 */
export function canStartAt(stream: TokenStream, i: number): boolean {
  const token = stream.at(i);
  if (token.kind === 'number') return true;
  if (token.kind !== 'word' && token.kind !== 'symbol') return false;
  const how = STARTS.get(token.lower);
  if (how === true) return true;
  if (how !== undefined) {
    for (const trie of how) if (matchLongest(stream, i, trie) !== undefined) return true;
  }
  if (token.kind === 'word') return isKnownCode(token.text);
  // Signs and "(" start a phrase alone only as a number's sign ("−5", "(-6.0) - (-5.0)
  // percent"), never as a hyphen inside a word or a parenthesis before words.
  return isSign(token.text) ? signsWhatFollows(stream, i) : parenthesisedSign(stream, i);
}
