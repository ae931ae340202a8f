import { isDigit, isSpace, isSymbol, isWordChar } from './chars';
import { countSigFigs } from './sig-figs';
import { endToken, type Token } from './token';

const COMMA = 44;
const DOT = 46;
const COLON = 58;
const SLASH = 47;

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
  while (pos < n && isSpace(input.charCodeAt(pos))) pos++;
  const spaceBefore = pos > from || from === 0;
  if (pos >= n) return endToken(n);
  const c = input.charCodeAt(pos);
  if (isDigit(c) || (c === DOT && startsFraction(input, pos))) {
    return scanNumber(input, pos, spaceBefore);
  }
  if (isSymbol(c)) {
    // A run of one repeated sign ("----", ",,,,") is one token: no grammar rule uses a
    // doubled sign, and one token per run keeps floods of punctuation cheap.
    let end = pos + 1;
    while (end < n && input.charCodeAt(end) === c) end++;
    const text = input.slice(pos, end);
    return plain('symbol', pos, end, text, text, spaceBefore);
  }
  let end = pos + 1;
  while (end < n && isWordChar(input.charCodeAt(end))) end++;
  const text = input.slice(pos, end);
  const lower = text.toLowerCase();
  if (startsUrl(input, lower, end)) {
    let stop = end;
    while (stop < n && !isSpace(input.charCodeAt(stop))) stop++;
    const url = input.slice(pos, stop);
    return plain('url', pos, stop, url, url, spaceBefore);
  }
  return plain('word', pos, end, text, lower, spaceBefore);
}

/** `.5` starts a number unless it continues one (`3.5.2`) or a word (`U.S.5`). */
function startsFraction(input: string, pos: number): boolean {
  if (!isDigit(input.charCodeAt(pos + 1))) return false;
  if (pos === 0) return true;
  const before = input.charCodeAt(pos - 1);
  return !isDigit(before) && !isWordChar(before) && before !== DOT;
}

/** `http://…`, `https://…` and `www.…` run to the next space: nothing inside is a quantity. */
function startsUrl(input: string, lower: string, end: number): boolean {
  if (lower === 'www') return input.charCodeAt(end) === DOT;
  if (lower !== 'http' && lower !== 'https') return false;
  return (
    input.charCodeAt(end) === COLON &&
    input.charCodeAt(end + 1) === SLASH &&
    input.charCodeAt(end + 2) === SLASH
  );
}

function scanNumber(input: string, start: number, spaceBefore: boolean): Token {
  const n = input.length;
  let pos = start;
  while (pos < n && isDigit(input.charCodeAt(pos))) pos++;
  let grouped = false;
  // Thousands groups: a comma and exactly three digits, only after a lead of 1–3 digits
  // ("1234,567" is two numbers, "1,2" is a list).
  if (pos - start >= 1 && pos - start <= 3) {
    while (
      pos + 3 < n &&
      input.charCodeAt(pos) === COMMA &&
      isDigit(input.charCodeAt(pos + 1)) &&
      isDigit(input.charCodeAt(pos + 2)) &&
      isDigit(input.charCodeAt(pos + 3)) &&
      !isDigit(input.charCodeAt(pos + 4))
    ) {
      pos += 4;
      grouped = true;
    }
  }
  let decimal = false;
  if (input.charCodeAt(pos) === DOT && isDigit(input.charCodeAt(pos + 1))) {
    decimal = true;
    pos += 1;
    while (pos < n && isDigit(input.charCodeAt(pos))) pos++;
  }
  const text = input.slice(start, pos);
  const digits = grouped ? text.replaceAll(',', '') : text;
  return {
    kind: 'number',
    start,
    end: pos,
    text,
    lower: text,
    spaceBefore,
    digits,
    sigFigs: countSigFigs(digits),
    grouped,
    decimal,
  };
}

function plain(
  kind: 'symbol' | 'word' | 'url',
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
  };
}
