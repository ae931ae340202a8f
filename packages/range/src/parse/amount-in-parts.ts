import type { Amount } from './amount';
import { SUBUNITS } from './lexicon/currencies';
import { SCALE_AFTER_DIGITS } from './lexicon/scales';
import { matchLongest } from './lexicon/trie';
import * as m from './messages';
import { refuse } from './refusal';
import type { TokenStream } from './token-stream';

/**
 * Refuses a figure written in parts: a scaled amount followed by a number with a smaller
 * scale ("1 lakh 20 thousand rupees", "5 million 200 thousand people"). The parts add up
 * (120,000; 5.2 million), and read apart they would be two figures, each wrong. A number
 * after the scale without one of its own is left alone: "$2 billion 10 years ago".
 *
 * @param stream - the tokens
 * @param k - index of the phrase's first token
 * @param amount - the amount just read
 * @throws {Refusal} when a smaller part follows
 */
export function refuseAmountInParts(stream: TokenStream, k: number, amount: Amount): void {
  if (!amount.scaled) return;
  const next = stream.at(amount.next);
  if (next.kind !== 'number' || !next.spaceBefore) return;
  const scale = matchLongest(stream, amount.next + 1, SCALE_AFTER_DIGITS);
  if (scale && scale.value.exponent < amount.exponent) {
    refuse(stream, k, amount.next + 1 + scale.length, m.amountInParts);
  }
}

/**
 * Refuses money written in parts: a currency and then its hundredths ("2 dollars 50 cents",
 * "3 pounds 20 pence", "2 rupees 50 paise"). Read apart, the first figure would be $2, not
 * $2.50.
 *
 * @param stream - the tokens
 * @param k - index of the phrase's first token
 * @param next - index after the currency
 * @throws {Refusal} when a number and a subunit follow
 */
export function refuseMoneyInParts(stream: TokenStream, k: number, next: number): void {
  const part = stream.at(next);
  if (part.kind !== 'number' || !part.spaceBefore) return;
  const sub = matchLongest(stream, next + 1, SUBUNITS);
  if (sub) refuse(stream, k, next + 1 + sub.length, m.amountInParts);
}
