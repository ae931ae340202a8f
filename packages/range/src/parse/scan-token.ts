import { BIDI, charClass, DIGIT, isDigit, isWordChar, SPACE, SYMBOL } from './chars';
import { scanNumber } from './scan-number';
import { scanWord } from './scan-word';
import { endToken, plainToken, type Token } from './token';

const DOT = 46;

/**
 * Reads the one token that starts at or after `from` (after any whitespace). Each
 * character is looked at a bounded number of times (thousands groups peek four ahead), so
 * scanning a whole input is linear in its length whatever it contains.
 *
 * @param input - the whole text
 * @param from - where the previous token ended
 * @returns the token, or the end token when only whitespace is left
 */
export function scanToken(input: string, from: number): Token {
  let pos = from;
  const n = input.length;
  while (pos < n && charClass(input.charCodeAt(pos)) === SPACE) pos++;
  const spaceBefore = pos > from || from === 0;
  if (pos >= n) return endToken(n);
  const c = input.charCodeAt(pos);
  const kind = charClass(c);
  if (kind === BIDI) return scanHidden(input, pos, spaceBefore);
  if (kind === DIGIT || (c === DOT && startsFraction(input, pos))) {
    return scanNumber(input, pos, spaceBefore);
  }
  if (kind === SYMBOL) {
    // A run of one repeated sign ("----", ",,,,") is one token: no grammar rule uses a
    // doubled sign, and one token per run keeps floods of punctuation cheap.
    let end = pos + 1;
    while (end < n && input.charCodeAt(end) === c) end++;
    const text = input.slice(pos, end);
    return plainToken('symbol', pos, end, text, text, spaceBefore);
  }
  return scanWord(input, pos, spaceBefore);
}

/** `.5` starts a number unless it continues one (`3.5.2`) or a word (`U.S.5`). */
function startsFraction(input: string, pos: number): boolean {
  if (!isDigit(input.charCodeAt(pos + 1))) return false;
  if (pos === 0) return true;
  const before = input.charCodeAt(pos - 1);
  return !isDigit(before) && !isWordChar(before) && before !== DOT;
}

/**
 * Text under a bidirectional override, embedding or isolate runs to its closing mark
 * (U+202C or U+2069) or the end of the line: one opaque token, read by no rule.
 */
function scanHidden(input: string, start: number, spaceBefore: boolean): Token {
  const n = input.length;
  let pos = start + 1;
  while (pos < n) {
    const c = input.charCodeAt(pos);
    pos++;
    if (c === 0x202c || c === 0x2069 || c === 10 || c === 13) break;
  }
  const text = input.slice(start, pos);
  return plainToken('hidden', start, pos, text, text, spaceBefore);
}
