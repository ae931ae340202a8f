import { type Amount, rescaled } from './amount';
import type { TokenStream } from './token-stream';

/** Scale letters written apart from money: "EUR 3.4 m", "IDR 5 T", "$2 B", "PHP 500 K". */
const LETTERS: ReadonlyMap<string, number> = new Map([
  ['k', 3],
  ['K', 3],
  ['m', 6],
  ['M', 6],
  ['b', 9],
  ['B', 9],
  // A lower-case "t" apart is as often tonnes.
  ['T', 12],
]);

/**
 * After money written before the amount, a scale letter apart from it is the scale: "EUR 3.4
 * m" is €3.4 million, "IDR 5 T" 5 trillion rupiah. Apart from a bare number "m" is as often
 * metres ("5 m wide"), which the phrase's reader refuses; with money it can only be the scale.
 *
 * @param stream - the tokens
 * @param amount - an amount without a scale, after a currency
 * @returns the amount under that scale, or undefined when no scale letter follows it
 */
export function spacedScaleLetter(stream: TokenStream, amount: Amount): Amount | undefined {
  const after = stream.at(amount.next);
  const exponent = LETTERS.get(after.text);
  if (amount.scaled || exponent === undefined || !after.spaceBefore) return undefined;
  return { ...rescaled(amount, exponent), next: amount.next + 1 };
}
