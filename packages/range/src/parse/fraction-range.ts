import type { Core } from './core';
import { isDash } from './dashes';
import { type FractionWords, readFractionBase, readFractionWords } from './fraction-words';
import * as m from './messages';
import { shareCore } from './read-share';
import { refuse } from './refusal';
import type { TokenStream } from './token-stream';

/**
 * A range whose ends are fractions in words: "between a third and a half", "from a fifth to
 * a quarter", "a third to a half", "one-fifth to one-quarter". Each end alone is a share (see
 * `read-share.ts`), and the range is one too, so "of the harvest" after it is its base. Read
 * one end at a time, the range lost its other end ("between a third and a half" was 0.5).
 * A fraction of a scale ("a quarter of a million") is an amount, not a share, and is left to
 * the amount reader.
 *
 * @param stream - the tokens
 * @param k - index of the first token ("between", "from" or the first fraction)
 * @returns the core, or undefined when no such range starts at `k`
 * @throws Refusal when the second fraction is not greater than the first
 */
export function readFractionRange(stream: TokenStream, k: number): Core | undefined {
  const first = stream.at(k);
  // Most cores start with digits: no fraction in words, and nothing to look up.
  if (first.kind !== 'word') return undefined;
  const head = first.lower;
  const opener = head === 'between' || head === 'from';
  const low = fractionAt(stream, opener ? k + 1 : k);
  if (low === undefined) return undefined;
  const joiner = stream.at(low.last + 1);
  // "a third or a half" is read as "a third to a half", as "2 or 3 million" is.
  const to = joiner.lower === 'to' || isDash(joiner.text) || (!opener && joiner.lower === 'or');
  const joins = head === 'between' ? joiner.lower === 'and' : to;
  if (!joins) return undefined;
  const high = fractionAt(stream, low.last + 2);
  if (high === undefined) return undefined;
  const next = high.last + 1;
  const a = low.numerator / low.denominator;
  const b = high.numerator / high.denominator;
  if (!(a < b)) refuse(stream, k, next, m.fractionsOutOfOrder);
  return shareCore(k, next, a, undefined, b);
}

/** A fraction in words at `i` that is not of a scale word, a hundred or a dozen. */
function fractionAt(stream: TokenStream, i: number): FractionWords | undefined {
  const fraction = readFractionWords(stream, i);
  if (fraction === undefined) return undefined;
  return readFractionBase(stream, fraction.last + 1) === undefined ? fraction : undefined;
}
