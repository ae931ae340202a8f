import type { TokenStream } from './token-stream';

/** Words that end a base noun phrase: "60% of GDP and rising", "of GDP in 2023". */
const STOP = new Set([
  'and',
  'or',
  'but',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'to',
  'with',
  'that',
  'which',
  'who',
  'is',
  'was',
  'were',
  'are',
  'be',
  'has',
  'have',
  'had',
  'will',
  'would',
  'than',
  'as',
  'while',
  'since',
  'per',
  'a',
  'an',
]);

/** Leading words dropped from a base: "of the country's GDP" has the base "country's GDP". */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all', 'total']);

const MAX_WORDS = 4;

/** What a ratio is a share of: the words after "of", and where they end. */
export interface Base {
  readonly text: string;
  readonly next: number;
}

/**
 * Reads "of GDP" (or "of the country's GDP", "of global revenue") after a ratio: up to four
 * words, possessives included, ending at punctuation, a number or a function word.
 *
 * @param stream - the tokens
 * @param k - index of the token that might be "of"
 * @returns the base, or undefined when there is none
 */
export function readBase(stream: TokenStream, k: number): Base | undefined {
  if (stream.at(k).lower !== 'of') return undefined;
  let i = k + 1;
  while (DETERMINERS.has(stream.at(i).lower)) i++;
  const first = i;
  let words = 0;
  let last = -1;
  while (words < MAX_WORDS) {
    const token = stream.at(i);
    if (token.kind === 'word' && !STOP.has(token.lower)) {
      words++;
      last = i;
      i++;
      continue;
    }
    // A possessive: "country's", "country’s".
    const s = stream.at(i + 1);
    if (
      last === i - 1 &&
      (token.text === "'" || token.text === '\u2019') &&
      !token.spaceBefore &&
      !s.spaceBefore &&
      s.lower === 's'
    ) {
      last = i + 1;
      i += 2;
      continue;
    }
    break;
  }
  if (last < 0) return undefined;
  const input = stream.input;
  return { text: input.slice(stream.at(first).start, stream.at(last).end), next: last + 1 };
}
