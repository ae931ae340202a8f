import { isYearToken } from './amount';
import { isDash } from './dashes';
import * as m from './messages';
import { refuse } from './refusal';
import type { Token } from './token';
import type { TokenStream } from './token-stream';

/**
 * How far a run of digit groups is followed each way. Longer runs are refused a stretch at a
 * time, which keeps extraction linear on a flood of them.
 */
const REACH = 16;

/**
 * Refuses the number at `k` when it stands in a run of digit groups with one space between
 * them: "1 800 000" (a number grouped with spaces, as French and SI style write it), "1800 123
 * 456" or "023 456 789" (a phone number). Edited English never sets two quantities side by
 * side with nothing between them, and reading each group alone gives "1", "800" and "0
 * people". After a year the next number is a quantity of its own ("in 2019 500 people
 * died"), and a group glued to a word, number or dash before it belongs to that ("COVID-19 2
 * million"), so neither starts a run. Tabs and line breaks separate cells of a table, not
 * groups.
 *
 * @param stream - the tokens
 * @param k - index of a number token being read
 * @throws {Refusal} through the end of the run, when there is one
 */
export function refuseSpacedDigits(stream: TokenStream, k: number): void {
  let first = k;
  while (first > k - REACH && joined(stream, first - 1)) first -= 1;
  let last = k;
  while (last < k + REACH && joined(stream, last)) last += 1;
  if (last > first) refuse(stream, first, last + 1, m.spacedDigits);
}

/** Whether the digit groups at `i` and `i + 1` are one run. */
function joined(stream: TokenStream, i: number): boolean {
  const left = stream.at(i);
  const right = stream.at(i + 1);
  if (!isGroup(left) || !isGroup(right) || isYearToken(left) || touchesCode(stream, i)) {
    return false;
  }
  if (right.start !== left.end + 1) return false;
  const gap = stream.input.charCodeAt(left.end);
  return gap === 32 || gap === 0xa0 || gap === 0x2009 || gap === 0x202f;
}

/** A group glued to a word, a number or a dash before it: "COVID-19", "G7". */
function touchesCode(stream: TokenStream, i: number): boolean {
  if (stream.at(i).spaceBefore) return false;
  const before = stream.at(i - 1);
  return before.kind !== 'symbol' || isDash(before.text);
}

/** Digits alone: no separators, decimal point or exponent. */
function isGroup(token: Token): boolean {
  return (
    token.kind === 'number' &&
    !token.grouped &&
    !token.decimal &&
    !token.malformed &&
    token.exponent === 0
  );
}
