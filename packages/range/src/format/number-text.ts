import { shortestDigits } from './decimal';

/** A number as text, and the power of ten of the compact word it was written with. */
export interface NumberText {
  readonly text: string;
  /** 9 for "12.5 billion" or "12.5B"; 0 when written in full. */
  readonly exponent: number;
}

/** How a number may be written: in full digits, or with a compact word (long or short). */
export type Notation = 'full' | 'long' | 'short';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A cached `Intl.NumberFormat`: building one costs far more than using it.
 *
 * @param locale - canonical locale
 * @param notation - full digits or compact
 * @param minDigits - minimum significant digits (1–21)
 * @param maxDigits - maximum significant digits (1–21)
 * @returns the formatter
 */
export function numberFormat(
  locale: string,
  notation: Notation,
  minDigits: number,
  maxDigits: number,
): Intl.NumberFormat {
  const key = `${locale}|${notation}|${minDigits}|${maxDigits}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, {
      ...(notation !== 'full' && { notation: 'compact', compactDisplay: notation }),
      minimumSignificantDigits: minDigits,
      maximumSignificantDigits: maxDigits,
    });
    formatters.set(key, nf);
  }
  return nf;
}

/** The power of ten of the compact group a value falls in: 3, 6, 9 or 12 (capped). */
export function compactExponent(x: number): number {
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  return Math.min(12, Math.floor(magnitude / 3) * 3);
}

/**
 * Which notation suits a value shown with `p` significant digits. Long style uses words
 * from a million up ("12.5 billion", but "350,000"); short style letters from a thousand
 * ("350K"). A compact form that would need four or more decimals ("1.234567 million")
 * is written in full instead ("1,234,567"), unless trailing zeros must show
 * ("1.2300 million").
 *
 * @param x - the value (already rounded to `p` digits)
 * @param p - significant digits to show
 * @param style - long or short
 * @returns the notation
 */
export function notationFor(x: number, p: number, style: 'long' | 'short'): Notation {
  const threshold = style === 'long' ? 1e6 : 1e3;
  if (!(Math.abs(x) >= threshold)) return 'full';
  const e = compactExponent(x);
  const intDigits = Math.floor(Math.log10(Math.abs(x))) - e + 1;
  if (p - intDigits > 3 && p <= shortestDigits(x)) return 'full';
  return style;
}

/**
 * Formats one number.
 *
 * @param x - the value, already rounded to the digits to show
 * @param minDigits - minimum significant digits (pads with zeros: "12.0")
 * @param maxDigits - maximum significant digits
 * @param notation - full, long or short
 * @param locale - canonical locale
 * @returns the text and the compact exponent used
 */
export function formatNumber(
  x: number,
  minDigits: number,
  maxDigits: number,
  notation: Notation,
  locale: string,
): NumberText {
  const text = numberFormat(locale, notation, minDigits, maxDigits).format(decimalText(x));
  return { text, exponent: notation === 'full' ? 0 : compactExponent(x) };
}

/**
 * `x` as the shortest decimal that reads back as it, for `Intl.NumberFormat`. Given a number,
 * ICU rounds the double's exact binary value, which at 16 or more digits can differ from the
 * decimal the number stands for (99999999999999.95 at 16 digits comes out 100,000,000,000,000);
 * given the decimal text, it rounds the decimal.
 *
 * @param x - a finite number
 * @returns its shortest round-trip text
 */
export const decimalText = (x: number): `${number}` => `${x}` as `${number}`;
