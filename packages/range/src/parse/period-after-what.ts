import { isInCapitals } from './chars';
import { countNoun } from './lexicon/nouns';
import { readDenominators, readPeriod } from './read-tail';
import type { TokenStream } from './token-stream';

/** The most words between "of" and the period: "of crude oil", "of carbon dioxide". */
const MAX_WHAT_WORDS = 3;

/**
 * The denominators written after what a figure measures: "10 million barrels of oil per
 * day", "4.8 billion tonnes of CO2 a year", "$5 billion of aid a year". The period is the
 * figure's, and read without it the figure would be a stock where the writer gave a flow.
 * Up to three words may stand between "of" and the period, each a word or a number glued
 * to one ("CO2"); the first word after "of" must be one a counted noun could be or a word
 * in capitals ("LNG", "CO2"), not a function word ("of the", "of which").
 *
 * @param stream - the tokens
 * @param j - index of the token after the figure and its unit
 * @param priced - whether the figure is money
 * @param articles - whether "a" may open a denominator (see `readDenominators`)
 * @returns the denominators and where they end, or undefined when no period follows
 */
export function periodAfterWhat(
  stream: TokenStream,
  j: number,
  priced: boolean,
  articles: boolean,
): { per: readonly string[]; next: number } | undefined {
  if (stream.at(j).lower !== 'of') return undefined;
  const first = stream.at(j + 1);
  if (first.kind !== 'word') return undefined;
  if (countNoun(first.text, true) === undefined && !isInCapitals(first.text)) return undefined;
  for (let words = 1; words <= MAX_WHAT_WORDS; words++) {
    const at = j + 1 + words;
    if (readPeriod(stream, at) !== undefined) return readDenominators(stream, at, priced, articles);
    const next = stream.at(at);
    const glued = next.kind === 'number' && !next.spaceBefore;
    if (next.kind !== 'word' && !glued) return undefined;
  }
  return undefined;
}
