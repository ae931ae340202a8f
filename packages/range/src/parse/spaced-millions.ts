import { type Amount, rescaled } from './amount';
import type { TokenStream } from './token-stream';

/**
 * "EUR 3.4 m", "$5 M": after money written before the amount, a lone "m" apart from it is
 * millions. Apart from a bare number it is as often metres ("5 m wide"), which the phrase's
 * reader refuses; with money it can only be the scale.
 *
 * @param stream - the tokens
 * @param amount - an amount without a scale, after a currency
 * @returns the amount in millions, or undefined when no "m" follows it
 */
export function spacedMillions(stream: TokenStream, amount: Amount): Amount | undefined {
  const after = stream.at(amount.next);
  if (amount.scaled || after.lower !== 'm' || !after.spaceBefore) return undefined;
  return { ...rescaled(amount, 6), next: amount.next + 1 };
}
