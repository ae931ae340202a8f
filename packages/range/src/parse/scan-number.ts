import { isYearValue } from './amount';
import { isDigit, isWordChar } from './chars';
import { countSigFigs } from './sig-figs';
import type { Token } from './token';

const COMMA = 44;
const DOT = 46;

/** The length of the run of digits at `pos`. */
function digitRun(input: string, pos: number): number {
  let end = pos;
  while (end < input.length && isDigit(input.charCodeAt(end))) end++;
  return end - pos;
}

/**
 * Where thousands groups after a lead of `lead` digits end, and how they are written.
 * Western groups are a comma and exactly three digits after a lead of 1–3. Indian groups are
 * pairs after a lead of 1–2, ending in one group of three (`4,50,000`, `12,34,567`,
 * `1,00,00,000`). Any other digits right after a comma (`12,34`, `3,1416`, `4,50,00`, `1,2`)
 * are malformed: one token, never read. Such a comma may be a decimal comma ("3,5%", as
 * much of Europe writes it) or a list typed without spaces ("pages 1,2"), and the text does
 * not say which, so neither two figures nor one is read from it. A lead shaped like a year
 * ("In 1900,1,100 people died") is a year before a comma, and a comma with a space after it
 * ("5, 10") separates two numbers.
 */
function scanGroups(
  input: string,
  pos: number,
  lead: number,
): { end: number; grouping: 'none' | 'western' | 'indian' | 'malformed' } {
  if (lead < 1 || input.charCodeAt(pos) !== COMMA) return { end: pos, grouping: 'none' };
  const first = digitRun(input, pos + 1);
  if (first === 0 || (lead === 4 && isYearValue(Number(input.slice(pos - 4, pos))))) {
    return { end: pos, grouping: 'none' };
  }
  if (lead > 3) return { end: skipGroups(input, pos), grouping: 'malformed' };
  if (first === 3) {
    let end = pos;
    while (input.charCodeAt(end) === COMMA && digitRun(input, end + 1) === 3) end += 4;
    // "1,000,00": a short last group after Western groups is a slip, not a second number;
    // "5,000,10,000" stays a list of two.
    const tail = digitRun(input, end + 1);
    if (input.charCodeAt(end) === COMMA && (tail === 1 || tail === 2)) {
      const after = input.charCodeAt(end + 1 + tail);
      if (after !== COMMA) return { end: end + 1 + tail, grouping: 'malformed' };
    }
    return { end, grouping: 'western' };
  }
  let end = pos;
  while (input.charCodeAt(end) === COMMA && digitRun(input, end + 1) === 2) end += 3;
  const ok =
    lead <= 2 &&
    end > pos &&
    input.charCodeAt(end) === COMMA &&
    digitRun(input, end + 1) === 3 &&
    !(input.charCodeAt(end + 4) === COMMA && isDigit(input.charCodeAt(end + 5)));
  if (ok) return { end: end + 4, grouping: 'indian' };
  return { end: skipGroups(input, end), grouping: 'malformed' };
}

/** Past every further comma-and-digits group, so a malformed number is one token. */
function skipGroups(input: string, pos: number): number {
  let end = pos;
  while (input.charCodeAt(end) === COMMA && digitRun(input, end + 1) > 0) {
    end += 1 + digitRun(input, end + 1);
  }
  return end;
}

const PLUS = 43;
const MINUS = 45;

/** An e-notation exponent at `pos` ("E+9", "e-3", "e6"), not followed by a letter. */
function scanExponent(input: string, pos: number): { end: number; value: number } | undefined {
  const e = input.charCodeAt(pos);
  if (e !== 101 && e !== 69) return undefined;
  let at = pos + 1;
  const sign = input.charCodeAt(at);
  if (sign === PLUS || sign === MINUS) at++;
  const run = digitRun(input, at);
  const after = at + run;
  if (run === 0 || run > 4 || (after < input.length && isWordChar(input.charCodeAt(after)))) {
    return undefined;
  }
  return { end: after, value: Number(input.slice(pos + 1, after)) };
}

/**
 * Reads the number that starts at `start` (a digit, or the dot of `.5`): its thousands
 * groups, decimals and e-notation exponent, as a number token.
 *
 * @param input - the whole text
 * @param start - where the number starts
 * @param spaceBefore - whether whitespace comes right before it
 * @returns the number token
 */
export function scanNumber(input: string, start: number, spaceBefore: boolean): Token {
  const lead = digitRun(input, start);
  const groups = scanGroups(input, start + lead, lead);
  let pos = groups.end;
  const grouped = groups.grouping === 'western' || groups.grouping === 'indian';
  const malformed = groups.grouping === 'malformed';
  let decimal = false;
  if (!malformed && input.charCodeAt(pos) === DOT && isDigit(input.charCodeAt(pos + 1))) {
    decimal = true;
    pos += 1 + digitRun(input, pos + 1);
  }
  const mantissaEnd = pos;
  let exponent = 0;
  const e = grouped || malformed ? undefined : scanExponent(input, pos);
  if (e) {
    exponent = e.value;
    pos = e.end;
  }
  const text = input.slice(start, pos);
  const mantissa = input.slice(start, mantissaEnd);
  const digits = grouped || malformed ? mantissa.replaceAll(',', '') : mantissa;
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
    exponent,
    malformed,
  };
}
