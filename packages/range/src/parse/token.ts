/**
 * What a token is. `url` is a whole web address, skipped as one opaque piece; `hidden` is
 * text under a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), which a
 * reader sees in another order than it is stored, so nothing inside it is read.
 */
export type TokenKind = 'number' | 'word' | 'symbol' | 'url' | 'hidden' | 'end';

/**
 * One token of the input. Offsets are UTF-16 code units into the original string, as JS
 * strings index, so extracted phrases slice back out of the text exactly.
 */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** The text as written. */
  readonly text: string;
  /** Lower-cased text, the key for every word lookup. */
  readonly lower: string;
  /** Whether whitespace (or the start of input) comes right before this token. */
  readonly spaceBefore: boolean;
  /** Numbers only: the digits without thousands separators, e.g. `350000`, `12.5`. */
  readonly digits: string;
  /** Numbers only: significant figures as written (`350,000` has 2, `1.50` has 3). */
  readonly sigFigs: number;
  /** Numbers only: written with thousands separators (`2,025` is never a year). */
  readonly grouped: boolean;
  /** Numbers only: written with a decimal point. */
  readonly decimal: boolean;
  /** Numbers only: the power of ten written in e-notation (`1.5E+9` has 9), else 0. */
  readonly exponent: number;
  /**
   * Numbers only: digits and commas that follow neither the Western (`450,000`) nor the
   * Indian (`4,50,000`) grouping, such as `4,50,00`: never read as a quantity.
   */
  readonly malformed: boolean;
}

/** The token past the last one: every read beyond the input sees this. */
export function endToken(at: number): Token {
  return plainToken('end', at, at, '', '', true);
}

/**
 * A token that is not a number, with the number-only fields empty. Every token has the same
 * fields in the same order, so the code that reads them sees one shape of object.
 *
 * @param kind - any kind but `number`
 * @param start - offset of its first code unit
 * @param end - offset past its last code unit
 * @param text - the text as written
 * @param lower - the lower-cased text
 * @param spaceBefore - whether whitespace (or the start of input) comes right before it
 * @returns the token
 */
export function plainToken(
  kind: Exclude<TokenKind, 'number'>,
  start: number,
  end: number,
  text: string,
  lower: string,
  spaceBefore: boolean,
): Token {
  return {
    kind,
    start,
    end,
    text,
    lower,
    spaceBefore,
    digits: '',
    sigFigs: 0,
    grouped: false,
    decimal: false,
    exponent: 0,
    malformed: false,
  };
}
