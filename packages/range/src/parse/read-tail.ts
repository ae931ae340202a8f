import { NOT_A_RATE_AFTER, PERIODS, type Period } from './lexicon/periods';
import { COMPARATIVE_AFTER } from './lexicon/qualifiers';
import { matchLongest } from './lexicon/trie';
import type { TokenStream } from './token-stream';

/** Whether a number (or a currency sign before one) starts at token `i`. */
export function startsNumber(stream: TokenStream, i: number): boolean {
  const token = stream.at(i);
  return token.kind === 'number' || (token.kind === 'symbol' && stream.at(i + 1).kind === 'number');
}

/**
 * A comparative after the quantity: "or more", "or less", "or so"; a lone `+` must touch it
 * ("350,000+"). One that ends in "than" and runs into a number belongs to the next phrase:
 * "200 or greater than 190".
 *
 * @param stream - the tokens
 * @param j - index of the token after the quantity
 * @returns the match, or undefined
 */
export function readSuffix(stream: TokenStream, j: number) {
  const token = stream.at(j);
  if (token.text === '+' && token.spaceBefore) return undefined;
  const match = matchLongest(stream, j, COMPARATIVE_AFTER);
  if (match && startsNumber(stream, j + match.length)) {
    return stream.at(j + match.length - 1).lower === 'than' ? undefined : match;
  }
  return match;
}

/** Words after "a year from" that make it a point in time: "a year from now". */
const NOW = new Set(['now', 'then', 'today']);

/**
 * A period: "per year", "a year", "annually", "/yr"...; but not "a year earlier" or "a year
 * from now", which are points in time.
 *
 * @param stream - the tokens
 * @param j - index of the first token
 * @returns the period and where it ends, or undefined
 */
export function readPeriod(
  stream: TokenStream,
  j: number,
): { period: Period; next: number } | undefined {
  const match = matchLongest(stream, j, PERIODS);
  if (!match) return undefined;
  const head = stream.at(j).lower;
  if (head === 'a' || head === 'an') {
    const after = stream.at(j + match.length).lower;
    if (NOT_A_RATE_AFTER.has(after)) return undefined;
    if (after === 'from' && NOW.has(stream.at(j + match.length + 1).lower)) return undefined;
  }
  return { period: match.value, next: j + match.length };
}
