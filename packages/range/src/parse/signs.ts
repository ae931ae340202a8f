import type { TokenStream } from './token-stream';

/**
 * Whether a token is a sign a number may carry: `-`, `−` (U+2212) or `+`.
 *
 * @param text - the token's text
 * @returns whether it is a sign
 */
export function isSign(text: string): boolean {
  return text === '-' || text === '\u2212' || text === '+';
}

function isClosing(text: string): boolean {
  return text === ')' || text === ']' || text === '%';
}

/**
 * Whether the sign at token `i` belongs to what follows: it touches it and stands apart from
 * what precedes ("−5", "(-6.0)"; not the hyphen of "1995-01" or "year-on-year").
 *
 * @param stream - the tokens
 * @param i - index of the sign
 * @returns whether the sign is read as the number's
 */
export function signsWhatFollows(stream: TokenStream, i: number): boolean {
  const head = stream.at(i);
  const before = stream.at(i - 1);
  const apart = head.spaceBefore || (before.kind === 'symbol' && !isClosing(before.text));
  return apart && !stream.at(i + 1).spaceBefore;
}

/**
 * "(" touching a sign that touches a number: "(-6.0)", as Thai NESDC tables write negative
 * ends.
 *
 * @param stream - the tokens
 * @param k - index of the "("
 * @returns whether a signed number in parentheses starts at `k`
 */
export function parenthesisedSign(stream: TokenStream, k: number): boolean {
  if (stream.at(k).text !== '(') return false;
  const sign = stream.at(k + 1);
  const number = stream.at(k + 2);
  return isSign(sign.text) && !sign.spaceBefore && number.kind === 'number' && !number.spaceBefore;
}
