import { CHANGES } from './lexicon/changes';
import { CURRENCY_PREFIX, CURRENCY_SUFFIX, isKnownCode } from './lexicon/currencies';
import { LOCAL_PREFIX_STARTERS } from './lexicon/local-currencies';
import { TENS, UNITS } from './lexicon/number-words';
import { COMPARATIVE_BEFORE } from './lexicon/qualifiers';
import { matchLongest, type Trie } from './lexicon/trie';
import { VAGUE } from './lexicon/vague';
import { parenthesisedSign, signsWhatFollows } from './signs';
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
 * Signs and "(" start a phrase alone only as a number's sign ("−5", "(-6.0) - (-5.0)
 * percent"), never as a hyphen inside a word or a parenthesis before words: prose has
 * many of both.
 */
const GUARDED: ReadonlyMap<string, (stream: TokenStream, i: number) => boolean> = new Map([
  ['-', signsWhatFollows],
  ['\u2212', signsWhatFollows],
  ['+', signsWhatFollows],
  ['(', parenthesisedSign],
]);

/** How a word or sign starts a phrase when it does not always start one. */
interface Guarded {
  /** The tables whose multi-word entries it begins: it starts one where an entry is written. */
  readonly tries: Trie<unknown>[];
  /** Where it starts a phrase alone (a sign), if it can. */
  alone: ((stream: TokenStream, i: number) => boolean) | undefined;
}

/**
 * How each word or sign a phrase can start with starts one: `true` when it may alone, or
 * the conditions it needs. A word that only begins multi-word entries starts a phrase only
 * where one is written in full: "in" in "in excess of" and not in "in 2025", so ordinary
 * prose ("in", "of", "on", "at") costs a lookup or two instead of a try of the whole
 * grammar. One map, so a word costs one lookup.
 */
const STARTS: ReadonlyMap<string, true | Guarded> = (() => {
  const starts = new Map<string, true | Guarded>();
  const guarded = (word: string): Guarded => {
    const known = starts.get(word);
    if (known !== undefined && known !== true) return known;
    const made: Guarded = { tries: [], alone: undefined };
    starts.set(word, made);
    return made;
  };
  for (const trie of STARTING_TRIES)
    for (const word of trie.next.keys()) guarded(word).tries.push(trie);
  for (const [word, alone] of GUARDED) guarded(word).alone = alone;
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
    if (how.alone?.(stream, i)) return true;
    for (const trie of how.tries) if (matchLongest(stream, i, trie) !== undefined) return true;
  }
  return token.kind === 'word' && isKnownCode(token.text);
}
