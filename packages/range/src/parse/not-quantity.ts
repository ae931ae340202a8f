import { isYearToken } from './amount';
import { isCapitalised } from './chars';
import type { Core } from './core';
import { BASE_OF_YEAR, LABEL_BEFORE, MONTHS, TIME_AFTER, YEAR_BEFORE } from './lexicon/dates';
import type { Comparative } from './lexicon/qualifiers';
import { isPriceYear } from './price-year';
import type { NonQuantity } from './reading';
import type { Token } from './token';
import type { TokenStream } from './token-stream';

/** How far ahead a list of days may run to its month: "on 28, 29 and 30 May". */
const DAY_LIST_REACH = 8;

/**
 * Whether a phrase is a year, date, time or label rather than a quantity.
 *
 * - `strong` (never a quantity): a four-digit number from 1900 to 2100 written bare after
 *   "in", "since", "the"... or a capitalised word, or next to a month ("in 2025", "May
 *   2025", "Vision 2030"), even with a noun after it ("in 2020 people fled", "Expo 2025
 *   visitors"); day numbers next to a month, alone, in a range or in a
 *   list ("May 20", "October 1-3", "on 28, 29 and 30 May"); a time ("9 a.m.", "12.32 pm");
 *   a footnote ("[3]"); a bare number after a label word ("Table 1", "No. 1", "floors 94 to 99"),
 *   even with a word after it that looks like a counted noun but is the verb ("Article 19
 *   guarantees", "Table 3.2 shows"); a figure right after "per", the base of a rate written
 *   apart from its figure ("beds per 1,000 people fell to 2.9").
 * - `weak` (a quantity only when it is all a phrase holds): a bare four-digit number from
 *   1900 to 2100 ("2025", "2019-2021"); a bare number after a capitalised word ("OPEC 10",
 *   "Vision Fund 2"); a bare number in parentheses ("(202)").
 *
 * Bare means with no currency, ratio, scale, noun, period or comparative.
 *
 * @param stream - the tokens
 * @param k - index of the phrase's first token
 * @param core - its numbers
 * @param cmp - its comparative, if any
 * @param plain - whether it has no unit, noun or period and is not a compound bound
 * @param counted - whether it would be plain but for a counted noun after it
 * @returns the verdict
 */
export function nonQuantity(
  stream: TokenStream,
  k: number,
  core: Core,
  cmp: Comparative | undefined,
  plain: boolean,
  counted: boolean,
): NonQuantity {
  // "beds per 1,000 people", "50 cents per $100 of value": the base of a rate, not a figure.
  if (stream.at(k - 1).lower === 'per') return 'strong';
  // "Revenue (in millions of dollars)": a table's unit, not a figure.
  if (core.kind === 'vague' && stream.at(k - 1).lower === 'in' && stream.at(k - 2).text === '(') {
    return 'strong';
  }
  if (core.kind === 'vague') return 'no';
  if (isBaseYear(stream, core)) return 'strong';
  if (core.currency !== undefined || core.ratio !== undefined || core.scaled) return 'no';
  const prev = stream.at(k - 1);
  const after = stream.at(core.next);
  if (core.yearShaped) {
    if (YEAR_BEFORE.has(prev.lower) || isMonth(prev.text) || isMonth(after.text)) return 'strong';
    // "Vision 2030 aims", "Expo 2025 visitors": a year after a capitalised word names a
    // plan or an event, and the word after it is a verb or what the event counts.
    if (prev.kind === 'word' && isCapitalised(prev.text)) return 'strong';
  }
  // "Article 19 guarantees", "Section 3.2 covers", "SDG 4 targets": after a label word the
  // number names the thing, and the word after it is a verb, not what it counts.
  if (cmp === undefined && counted && labelBefore(stream, k)) return 'strong';
  if (!plain || cmp !== undefined) return 'no';
  if (isDays(stream, core) && (monthBefore(stream, k) || daysRunToMonth(stream, core.next))) {
    return 'strong';
  }
  if (TIME_AFTER.has(after.lower) && timeSuffix(stream, core.next)) return 'strong';
  if (prev.text === '[' && !stream.at(k).spaceBefore && after.text === ']' && !after.spaceBefore) {
    return 'strong';
  }
  if (labelBefore(stream, k)) return 'strong';
  if (core.yearShaped) return 'weak';
  if (prev.kind === 'word' && isCapitalised(prev.text)) return 'weak';
  if (prev.text === '(' && after.text === ')' && !after.spaceBefore) return 'weak';
  return 'no';
}

/**
 * A label word right before the phrase, its abbreviation's dot allowed: "Table 1", "No. 5",
 * "floors 94 to 99"; but "any number between 8000 and 194,000" is a range.
 */
function labelBefore(stream: TokenStream, k: number): boolean {
  const prev = stream.at(k - 1);
  const label = prev.text === '.' ? stream.at(k - 2) : prev;
  const opens = stream.at(k).lower === 'between';
  return !opens && label.kind === 'word' && LABEL_BEFORE.has(label.lower);
}

/**
 * A year that is the base of a comparison or of constant money, though a noun or a currency
 * follows it: "below 2019 levels", "at 2010 prices", "in 2015 dollars", "(chained 2017 dollars)"
 * (money written with a sign, "$2015", stays money).
 */
function isBaseYear(stream: TokenStream, core: Core): boolean {
  if (core.kind !== 'single' || core.scaled || core.ratio !== undefined) return false;
  if (!isYearToken(stream.at(core.first))) return false;
  if (BASE_OF_YEAR.has(stream.at(core.first + 1).lower)) return true;
  return core.currency !== undefined && isPriceYear(stream, core.first);
}

/** Every end is a day number: a one- or two-digit integer from 1 to 31. */
function isDays(stream: TokenStream, core: Core): boolean {
  if (core.kind === 'single') return isDay(stream.at(core.first));
  return isDayValue(core.low) && isDayValue(core.high) && isDay(stream.at(core.first));
}

function isDay(token: Token): boolean {
  return (
    token.kind === 'number' &&
    token.digits.length <= 2 &&
    !token.decimal &&
    isDayValue(Number(token.digits))
  );
}

function isDayValue(x: number): boolean {
  return Number.isInteger(x) && x >= 1 && x <= 31;
}

/** "May 20", "Sept. 30". */
function monthBefore(stream: TokenStream, k: number): boolean {
  const prev = stream.at(k - 1);
  return isMonth(prev.text === '.' ? stream.at(k - 2).text : prev.text);
}

/** "20 May", "28, 29 and 30 May": commas, "and", dashes and day numbers up to a month. */
function daysRunToMonth(stream: TokenStream, from: number): boolean {
  for (let i = from; i < from + DAY_LIST_REACH; i++) {
    const token = stream.at(i);
    if (isMonth(token.text)) return true;
    const joins =
      token.text === ',' || token.lower === 'and' || token.lower === 'or' || token.text === '&';
    if (!joins && !isDay(token) && token.text !== '-' && token.text !== '\u2013') return false;
  }
  return false;
}

/** "am", "pm", "a.m.", "p.m.", "GMT", "UTC". */
function timeSuffix(stream: TokenStream, i: number): boolean {
  const word = stream.at(i).lower;
  if (word !== 'a' && word !== 'p') return true;
  return stream.at(i + 1).text === '.' && stream.at(i + 2).lower === 'm';
}

/** A month name; "may" only capitalised, since the verb is far more common. */
export function isMonth(text: string): boolean {
  const lower = text.toLowerCase();
  if (!MONTHS.has(lower)) return false;
  return lower !== 'may' || text === 'May';
}
