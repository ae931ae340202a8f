/** What a token is. `url` is a whole web address, skipped as one opaque piece. */
export type TokenKind = 'number' | 'word' | 'symbol' | 'url' | 'end';

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
}

/** The token past the last one: every read beyond the input sees this. */
export function endToken(at: number): Token {
  return {
    kind: 'end',
    start: at,
    end: at,
    text: '',
    lower: '',
    spaceBefore: true,
    digits: '',
    sigFigs: 0,
    grouped: false,
    decimal: false,
  };
}
