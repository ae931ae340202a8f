import { isYearToken } from './amount';
import { CURRENCY_SUFFIX, isIsoCode } from './lexicon/currencies';
import { YEAR_BEFORE } from './lexicon/dates';
import { matchLongest } from './lexicon/trie';
import type { TokenStream } from './token-stream';

/** Words that count money at one year's prices: "constant 2015 dollars", "chained 2017 dollars". */
const PRICE_BASIS: ReadonlySet<string> = new Set([
  'constant',
  'real',
  'nominal',
  'chained',
  'current',
]);

/**
 * How many tokens at `i` name the year whose prices a figure is counted in, between the
 * figure and its currency: "3 million 2019 dollars", "4.2 billion in constant 2015 US
 * dollars". Read as a figure, the year would be money of its own ($2,019) and the figure
 * would lose its currency. The year stays in the phrase's text; the range carries the
 * currency alone.
 *
 * @param stream - the tokens
 * @param i - index of the token after the figure
 * @returns the number of tokens before the currency ("in", a price word, the year), or 0
 */
export function priceYearLength(stream: TokenStream, i: number): number {
  let n = stream.at(i).lower === 'in' ? 1 : 0;
  if (PRICE_BASIS.has(stream.at(i + n).lower)) n += 1;
  const year = stream.at(i + n);
  if (!year.spaceBefore || !isYearToken(year)) return 0;
  return currencyWordAt(stream, i + n + 1) ? n + 1 : 0;
}

/**
 * Whether the bare year at `k` names the prices money is counted in, with no figure of its
 * own: "in 2015 dollars", "in constant 2015 US dollars", "$22.7 trillion (chained 2017
 * dollars)", "(2017 dollars)".
 *
 * @param stream - the tokens
 * @param k - index of the year
 */
export function isPriceYear(stream: TokenStream, k: number): boolean {
  if (!isYearToken(stream.at(k)) || !currencyWordAt(stream, k + 1)) return false;
  const prev = stream.at(k - 1);
  return PRICE_BASIS.has(prev.lower) || YEAR_BEFORE.has(prev.lower) || prev.text === '(';
}

/** A currency written as a word or a code after a space: "dollars", "US dollars", "USD". */
function currencyWordAt(stream: TokenStream, i: number): boolean {
  const token = stream.at(i);
  if (token.kind !== 'word' || !token.spaceBefore) return false;
  return isIsoCode(token.text) || matchLongest(stream, i, CURRENCY_SUFFIX) !== undefined;
}
