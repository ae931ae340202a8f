import type { Token } from './token';

/**
 * One number as written, before a range shares its scale or currency with it: `12.5`
 * (digits), `19 billion` (digits and a scale), `three million` (words).
 *
 * Internal values of the parser have a fixed shape (absent parts are `undefined`, never
 * missing), so the engine keeps one hidden class per type on the hot path.
 */
export interface Amount {
  /** Index of its first token. */
  readonly first: number;
  /** Index of the token after it. */
  readonly next: number;
  /** Digits as written without separators (`350000`, `12.5`); undefined for number words. */
  readonly digits: string | undefined;
  /** The value before the trailing scale: 12.5 in "12.5 billion", 3 in "three million". */
  readonly mantissa: number;
  /** The trailing scale's power of ten (9 for "billion"), 0 when none is written. */
  readonly exponent: number;
  /** Whether a scale word or abbreviation is written after it. */
  readonly scaled: boolean;
  /** Significant figures as written; undefined for number words. */
  readonly sigFigs: number | undefined;
  readonly negative: boolean;
  /** A four-digit integer from 1900 to 2100 without separators: it may be a year. */
  readonly yearShaped: boolean;
}

/**
 * The value of an amount, optionally under a scale it did not write itself (the low end
 * of "$50 and 75 billion"). Digits go through a decimal string so "1.15 million" is the
 * double nearest 1150000, exactly as `Number('1.15e6')`, not 1.15 * 1e6's rounding.
 *
 * @param amount - the amount
 * @param exponent - the scale to apply; the amount's own by default
 * @returns the value in base units
 */
export function amountValue(amount: Amount, exponent: number = amount.exponent): number {
  if (amount.digits !== undefined) {
    // Unscaled, the mantissa already is `Number(digits)`, the same double as `digits + 'e0'`
    // (a sign only flips it): no second conversion on the common path.
    if (exponent === 0) return amount.negative ? -amount.mantissa : amount.mantissa;
    return Number(`${amount.negative ? '-' : ''}${amount.digits}e${exponent}`);
  }
  const value = amount.mantissa * 10 ** exponent;
  return amount.negative ? -value : value;
}

/**
 * A copy of an amount with another scale (cents are a scale of 10^-2 on the currency).
 *
 * @param a - the amount
 * @param exponent - the new exponent
 * @returns the copy, marked as scaled
 */
export function rescaled(a: Amount, exponent: number): Amount {
  return {
    first: a.first,
    next: a.next,
    digits: a.digits,
    mantissa: a.mantissa,
    exponent,
    scaled: true,
    sigFigs: a.sigFigs,
    negative: a.negative,
    yearShaped: a.yearShaped,
  };
}

/**
 * Whether a whole number may be a year, as every reader takes one to be: 1900 to 2100.
 *
 * @param value - the number
 */
export function isYearValue(value: number): boolean {
  return value >= 1900 && value <= 2100;
}

/**
 * Whether a number token is written as a year: four digits from 1900 to 2100, with no
 * separators, decimals or e-notation ("2025", but not "2,025" or "2025.0").
 *
 * @param token - a token
 */
export function isYearToken(token: Token): boolean {
  return (
    token.kind === 'number' &&
    !token.grouped &&
    !token.decimal &&
    token.exponent === 0 &&
    token.digits.length === 4 &&
    isYearValue(Number(token.digits))
  );
}
