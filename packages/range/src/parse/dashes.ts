import type { TokenStream } from './token-stream';

/** Dashes, which join the ends of a range or the parts of a compound. */

/** Hyphen, en dash, em dash, figure dash, minus sign: all join the ends of a range. */
export function isDash(text: string): boolean {
  return (
    text === '-' ||
    text === '\u2013' ||
    text === '\u2014' ||
    text === '\u2012' ||
    text === '\u2010' ||
    text === '\u2011' ||
    text === '\u2212'
  );
}

/** A hyphen proper (not an en or em dash, which also join ranges). */
export function isHyphen(text: string): boolean {
  return text === '-' || text === '\u2010' || text === '\u2011';
}

/**
 * Whether the token at `i` is a dash of the given kind touching the tokens on both sides: the
 * joint of a compound ("two-thirds", "122.3-trillion", "billion-a-year"), not a spaced dash.
 *
 * @param stream - the tokens
 * @param i - index of the token
 * @param kind - which dashes count: {@link isDash} (any) or {@link isHyphen} (a hyphen proper)
 */
export function touchingDash(
  stream: TokenStream,
  i: number,
  kind: (text: string) => boolean = isDash,
): boolean {
  const dash = stream.at(i);
  return kind(dash.text) && !dash.spaceBefore && !stream.at(i + 1).spaceBefore;
}
