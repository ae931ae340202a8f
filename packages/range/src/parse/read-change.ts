import { isHyphen } from './dashes';
import { CHANGE_AFTER } from './lexicon/changes';
import type { TokenStream } from './token-stream';

/** At most this many words between "a" and its change noun: "a year-on-year rise of". */
const MAX_MODIFIERS = 5;

/**
 * "a sharp fall of", "a year-on-year rise of": a change noun with words between the article
 * and the noun (no numbers), before "of".
 */
export function matchChangeNoun(stream: TokenStream, i: number) {
  const article = stream.at(i).lower;
  if (article !== 'a' && article !== 'an') return undefined;
  for (let t = i + 1; t <= i + MAX_MODIFIERS + 1; t++) {
    const token = stream.at(t);
    const sign = CHANGE_AFTER.get(token.lower);
    if (sign !== undefined && t > i + 1 && stream.at(t + 1).lower === 'of') {
      return { value: { sign, by: true } as const, length: t + 2 - i };
    }
    if (token.kind !== 'word' && !isHyphen(token.text)) return undefined;
  }
  return undefined;
}

/**
 * A change noun after the number: "a 12% slump"; with the article before the number, words
 * may stand between ("a 25.4% year-on-year increase").
 */
export function changeNounAfter(
  stream: TokenStream,
  k: number,
  j: number,
): { sign: -1 | 1; next: number } | undefined {
  const direct = CHANGE_AFTER.get(stream.at(j).lower);
  if (direct !== undefined) return { sign: direct, next: j + 1 };
  const article = stream.at(k - 1).lower;
  if (article !== 'a' && article !== 'an') return undefined;
  for (let t = j; t <= j + MAX_MODIFIERS; t++) {
    const token = stream.at(t);
    const sign = CHANGE_AFTER.get(token.lower);
    if (sign !== undefined) return { sign, next: t + 1 };
    if (token.kind !== 'word' && !isHyphen(token.text)) return undefined;
    if (STOP_MODIFIER.has(token.lower)) return undefined;
  }
  return undefined;
}

/** Words that end a run of modifiers: a change noun never lies past them. */
const STOP_MODIFIER: ReadonlySet<string> = new Set([
  'and',
  'or',
  'of',
  'in',
  'to',
  'from',
  'the',
  'a',
  'an',
]);
