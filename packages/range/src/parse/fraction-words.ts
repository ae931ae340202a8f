import { isHyphen, touchingDash } from './dashes';
import { TENS, UNITS } from './lexicon/number-words';
import { SCALE_WORDS } from './lexicon/scales';
import type { TokenStream } from './token-stream';

/**
 * Fractions in words, read by two readers: as a share ("two-thirds of the budget") and as
 * a part of a scale ("a quarter of a million people", "half a dozen"), which is an amount.
 */

/** Denominators of fractions in words, singular and plural: "a third", "two-thirds". */
const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['sixth', 6],
  ['sixths', 6],
  ['seventh', 7],
  ['sevenths', 7],
  ['eighth', 8],
  ['eighths', 8],
  ['ninth', 9],
  ['ninths', 9],
  ['tenth', 10],
  ['tenths', 10],
]);

/** A proper fraction in words and the index of the token after its denominator. */
export interface FractionWords {
  readonly numerator: number;
  readonly denominator: number;
  /** Index of the denominator's token. */
  readonly last: number;
}

/**
 * The fraction written at token `k`: "half", "a third", "one-fifth", "two-thirds", "three
 * quarters". The numerator is below the denominator, and a plural denominator needs a
 * numerator above one ("two-thirds"), a singular one at most one ("a third").
 *
 * @param stream - the tokens
 * @param k - index of the first word
 * @returns the fraction, or undefined
 */
export function readFractionWords(stream: TokenStream, k: number): FractionWords | undefined {
  const head = stream.at(k).lower;
  let numerator = 1;
  let i = k;
  if (head === 'a' || head === 'one') {
    i += 1;
  } else if (UNITS.has(head) || TENS.has(head)) {
    numerator = UNITS.get(head) ?? TENS.get(head) ?? 1;
    i += 1;
  } else if (head !== 'half') {
    return undefined;
  }
  // "two-thirds", "one-third": a hyphen touching both words.
  if (i > k && touchingDash(stream, i)) i += 1;
  const word = stream.at(i).lower;
  const denominator = DENOMINATORS.get(word);
  if (denominator === undefined || numerator >= denominator) return undefined;
  if (word.endsWith('s') !== numerator > 1) return undefined;
  return { numerator, denominator, last: i };
}

/** What a fraction of a scale multiplies, and the index of the token after it. */
export interface FractionBase {
  /** 10 to this power, times {@link times}. */
  readonly exponent: number;
  /** 12 for "dozen", 1 otherwise. */
  readonly times: number;
  /** Whether the base is a scale word (a range may share it), not "dozen" or "hundred". */
  readonly scale: boolean;
  readonly next: number;
}

/**
 * The scale word, "hundred" or "dozen" a fraction is of, starting at token `j` right after
 * the fraction: "of a million", "a million", "million", "-million" ("a quarter of a
 * million", "half a million", "a quarter million", "a half-million", "half a dozen").
 *
 * @param stream - the tokens
 * @param j - index of the token after the fraction's denominator
 * @returns the base, or undefined when no scale, hundred or dozen follows
 */
export function readFractionBase(stream: TokenStream, j: number): FractionBase | undefined {
  let i = j;
  const of = stream.at(i).lower === 'of';
  if (of) i += 1;
  const article = stream.at(i).lower;
  if (article === 'a' || article === 'an') i += 1;
  else if (of) return undefined;
  else if (touchingDash(stream, i, isHyphen)) i += 1;
  const word = stream.at(i).lower;
  const exponent = SCALE_WORDS.get(word);
  if (exponent !== undefined) return { exponent, times: 1, scale: true, next: i + 1 };
  if (word === 'hundred') return { exponent: 2, times: 1, scale: false, next: i + 1 };
  if (word === 'dozen') return { exponent: 0, times: 12, scale: false, next: i + 1 };
  return undefined;
}
