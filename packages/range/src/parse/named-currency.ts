import { isCapitalised } from './chars';
import { CURRENCY_SUFFIX } from './lexicon/currencies';
import { severalCurrencies } from './lexicon/currency-names';
import { matchLongest } from './lexicon/trie';
import * as m from './messages';
import { Refusal, refuse } from './refusal';
import type { TokenStream } from './token-stream';

/**
 * The currency a name read after an amount stands for. A name several currencies share
 * ("dinars", "francs", "crowns", "pesos") is the caller's `currencyHint` when that is one of
 * them, and is refused otherwise: which one is meant is a guess.
 *
 * @param stream - the tokens (and the caller's hint)
 * @param k - index of the phrase's first token, where a refusal points
 * @param next - index after the name, where scanning resumes after a refusal
 * @param ref - what the name was read as
 * @returns an ISO 4217 code, or `ref` itself when it is no shared name
 * @throws {Refusal} for a shared name the hint does not settle
 */
export function namedCurrency(stream: TokenStream, k: number, next: number, ref: string): string {
  const several = severalCurrencies(ref);
  if (several === undefined) return ref;
  const hint = stream.currencyHint;
  if (hint !== undefined && several.codes.includes(hint)) return hint;
  const at = stream.at(k).start;
  const message = m.severalCurrencies(stream.input, at, several.name, several.codes.join(', '));
  throw new Refusal(message, at, next);
}

/**
 * Refuses an amount followed by a currency's name after a country the tables do not pair
 * with it: "200 billion Jamaican dollars", "5 million Fijian dollars". Read without the
 * country, the money would be another one (US dollars, sterling); read without the name,
 * the figure would look like a count.
 *
 * @param stream - the tokens
 * @param k - index of the phrase's first token
 * @param next - index of the word after the amount
 * @throws {Refusal} when one or two capitalised words and a currency's name follow
 */
export function refuseUnknownCountry(stream: TokenStream, k: number, next: number): void {
  for (let words = 1; words <= 2; words++) {
    const word = stream.at(next + words - 1);
    if (word.kind !== 'word' || !isCapitalised(word.text)) return;
    // A sign after a capitalised word starts an amount of its own: "2024 Budget $5bn".
    if (stream.at(next + words).kind !== 'word') continue;
    const name = matchLongest(stream, next + words, CURRENCY_SUFFIX);
    if (name !== undefined) refuse(stream, k, next + words + name.length, m.unknownCountryCurrency);
  }
}
