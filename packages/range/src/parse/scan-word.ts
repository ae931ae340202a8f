import { charClass, SPACE, WORD } from './chars';
import { plainToken, type Token } from './token';

const DOT = 46;
const COLON = 58;
const SLASH = 47;

/**
 * Reads the word that starts at `start` (a character of class {@link WORD}), or the whole
 * web address it begins.
 *
 * @param input - the whole text
 * @param start - where the word starts
 * @param spaceBefore - whether whitespace comes right before it
 * @returns a `word` token, or a `url` token
 */
export function scanWord(input: string, start: number, spaceBefore: boolean): Token {
  const n = input.length;
  const first = input.charCodeAt(start);
  // Most words are lower-case ASCII already: their text is its own lower case, and
  // `toLowerCase` (slow on text with any character beyond Latin-1) is not called.
  let lowered = first >= 97 && first <= 122;
  let end = start + 1;
  for (; end < n; end++) {
    const c = input.charCodeAt(end);
    if (c < 97 || c > 122) {
      if (charClass(c) !== WORD) break;
      lowered = false;
    }
  }
  const text = input.slice(start, end);
  const lower = lowered ? text : text.toLowerCase();
  if (startsUrl(input, lower, end)) {
    let stop = end;
    while (stop < n && charClass(input.charCodeAt(stop)) !== SPACE) stop++;
    const url = input.slice(start, stop);
    return plainToken('url', start, stop, url, url, spaceBefore);
  }
  return plainToken('word', start, end, text, lower, spaceBefore);
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
