import { CHANGES } from './lexicon/changes';
import type { Comparative } from './lexicon/qualifiers';
import { matchLongest } from './lexicon/trie';
import type { TokenStream } from './token-stream';

/** A strict bound after "not" or "no" turns over: "not (be) lower than X" is at least X. */
export const NEGATED: ReadonlyMap<Comparative, Comparative> = new Map([
  ['less-than', 'at-least'],
  ['more-than', 'at-most'],
]);

/** Words that negate what follows; a contraction in n't is read by {@link negationEndsAt}. */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'cannot']);

/**
 * Whether a negation ends at token `p`: "not", "no", "never", "cannot", or the "t" of a
 * contraction in n't ("isn't", "can't", "won’t"), which is three tokens: the word, the
 * apostrophe, "t".
 */
function negationEndsAt(stream: TokenStream, p: number): boolean {
  const word = stream.at(p).lower;
  if (NEGATIONS.has(word)) return true;
  const apostrophe = stream.at(p - 1).text;
  return (
    word === 't' &&
    (apostrophe === "'" || apostrophe === '’') &&
    stream.at(p - 2).lower.endsWith('n')
  );
}

/**
 * A negation right before `k`, or before "be" or a verb of change there: "not lower than",
 * "cannot be more than", "didn't fall below".
 */
export function negatedBefore(stream: TokenStream, k: number): boolean {
  if (negationEndsAt(stream, k - 1)) return true;
  const verb =
    stream.at(k - 1).lower === 'be' || matchLongest(stream, k - 1, CHANGES)?.length === 1;
  return verb && negationEndsAt(stream, k - 2);
}
