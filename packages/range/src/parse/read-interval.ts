import { RATIO_UNITS } from './lexicon/ratio-units';
import { buildTrie, matchLongest } from './lexicon/trie';
import type { TokenStream } from './token-stream';

/** "confidence interval", "credible interval", "uncertainty interval", "CI", "interval". */
export const INTERVAL_WORDS = buildTrie<true>([
  ['interval', true],
  ['ci', true],
  ['confidence interval', true],
  ['credible interval', true],
  ['credibility interval', true],
  ['uncertainty interval', true],
  ['prediction interval', true],
  ['uncertainty range', true],
  ['confidence range', true],
  ['credible range', true],
  ['ui', true],
]);

/** Verbs and links between an interval's name and its ends: "runs from", "is", "of". */
const LINKS: ReadonlySet<string> = new Set([
  'runs',
  'ran',
  'ranges',
  'ranged',
  'is',
  'was',
  'spans',
  'spanned',
  'extends',
  'extended',
  'goes',
  'went',
  'lies',
  'ranging',
  'stretches',
  'stretched',
  'of',
  'was',
  ':',
  ',',
  '(',
]);

const MAX_LINKS = 2;

/**
 * An interval's level and name, "90% interval", "95 percent confidence interval", at token
 * `k` (the level's number), as a note and a lead both write it.
 *
 * @param stream - the tokens
 * @param k - index of the level's number
 * @returns the level as a fraction and the index after the name, or undefined
 */
export function readLevel(
  stream: TokenStream,
  k: number,
): { level: number; next: number } | undefined {
  const number = stream.at(k);
  if (number.kind !== 'number' || number.exponent !== 0) return undefined;
  const percent = matchLongest(stream, k + 1, RATIO_UNITS);
  if (percent?.value !== '%') return undefined;
  const words = matchLongest(stream, k + 1 + percent.length, INTERVAL_WORDS);
  if (!words) return undefined;
  const level = Number(`${number.digits}e-2`);
  if (!(level > 0 && level < 1)) return undefined;
  return { level, next: k + 1 + percent.length + words.length };
}

/**
 * The lead of a stated interval, "the 90 percent confidence interval runs from", at token
 * `k` (the level's number): its level as a fraction and where its ends start.
 *
 * @param stream - the tokens
 * @param k - index of the level's number
 * @returns the level and the index of the ends' first token, or undefined
 */
export function readIntervalLead(
  stream: TokenStream,
  k: number,
): { level: number; next: number } | undefined {
  const named = readLevel(stream, k);
  if (!named) return undefined;
  let next = named.next;
  for (let n = 0; n < MAX_LINKS && LINKS.has(stream.at(next).lower); n++) next++;
  return { level: named.level, next };
}
