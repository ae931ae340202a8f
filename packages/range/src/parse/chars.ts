/**
 * Character classes for the scanner, by UTF-16 code unit. Plain comparisons rather than
 * regular expressions, so classifying a character is O(1) and nothing can backtrack.
 */

/** `0`–`9`. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII `a`–`z` or `A`–`Z`. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Whitespace, including the no-break and thin spaces that `Intl.NumberFormat` and
 * typeset reports put between a number and its unit.
 */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    // Left-to-right, right-to-left and Arabic letter marks: invisible, and they reorder
    // nothing in the stored text, so they separate like a space.
    c === 0x200e ||
    c === 0x200f ||
    c === 0x061c ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
 * make a reader see the text in another order than it is stored.
 */
export function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * Characters that are tokens of their own: punctuation, currency signs, percent and
 * comparison signs. Everything that is not a digit, a space or one of these is part of a
 * word, so words in any script (and emoji, and lone surrogates) are read as opaque words.
 */
const SYMBOLS = new Set<number>(
  [
    ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
    '\u00a2', // ¢
    '\u00a3', // £
    '\u00a5', // ¥
    '\u00b1', // ±
    '\u00d7', // ×
    '\u09f3', // ৳
    '\u0e3f', // ฿
    '\u17db', // ៛
    '\u2010', // hyphen
    '\u2011', // non-breaking hyphen
    '\u2012', // figure dash
    '\u2013', // en dash
    '\u2014', // em dash
    '\u2018', // ‘
    '\u2019', // ’
    '\u201c', // “
    '\u201d', // ”
    '\u2026', // …
    '\u2030', // ‰
    '\u2031', // ‱
    '\u20a1', // ₡
    '\u20a9', // ₩
    '\u20aa', // ₪
    '\u20ab', // ₫
    '\u20ac', // €
    '\u20ad', // ₭
    '\u20b1', // ₱
    '\u20a6', // ₦
    '\u20b4', // ₴
    '\u20b9', // ₹
    '\u20ba', // ₺
    '\u20bd', // ₽
    '\u20be', // ₾
    '\u20b2', // ₲
    '\u20ae', // ₮
    '\u20b8', // ₸
    '\u20bc', // ₼
    '\u20b5', // ₵
    '\u5143', // 元
    '\u5186', // 円
    '\u2212', // minus sign
    '\u2248', // ≈
    '\u2264', // ≤
    '\u2265', // ≥
    '\u301c', // 〜
    '\uff5e', // ～
  ].map((s) => s.charCodeAt(0)),
);

/** The classes {@link charClass} returns. */
export const WORD = 0;
export const DIGIT = 1;
export const SPACE = 2;
export const SYMBOL = 3;
export const BIDI = 4;

/** The class of a code unit above ASCII, by the predicates above. */
function wideClass(c: number): number {
  if (isSpace(c)) return SPACE;
  if (SYMBOLS.has(c)) return SYMBOL;
  if (isBidiControl(c)) return BIDI;
  return WORD;
}

/**
 * The class of each ASCII code unit, worked out once from the predicates above: most text is
 * ASCII, and the scanner classifies every character, so one array read replaces a chain of
 * comparisons and a set lookup.
 */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = isDigit(c) ? DIGIT : wideClass(c);

/**
 * Which kind of character a code unit is: {@link WORD}, {@link DIGIT}, {@link SPACE},
 * {@link SYMBOL} or {@link BIDI} (a bidirectional control), in one call.
 *
 * @param c - a UTF-16 code unit
 * @returns its class
 */
export function charClass(c: number): number {
  return c < 128 ? (ASCII_CLASS[c] as number) : wideClass(c);
}

/** Whether the code unit belongs to a word: not a digit, a space or a symbol. */
export function isWordChar(c: number): boolean {
  return charClass(c) === WORD;
}

/**
 * Whether a word starts with an ASCII capital: "OPEC", "Fund", "Kuwaitis".
 *
 * @example
 * isCapitalised('Kuwaitis'); // => true
 */
export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * Whether a word is two to five ASCII capitals, as codes, tickers and acronyms are: "USDT",
 * "LNG", the "CO" of "CO2".
 *
 * @example
 * isInCapitals('USDT'); // => true
 */
export function isInCapitals(text: string): boolean {
  return /^[A-Z]{2,5}$/.test(text);
}
