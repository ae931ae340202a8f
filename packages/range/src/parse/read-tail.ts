import { isYearToken } from './amount';
import { unitNounOf } from './build-range';
import { isHyphen, touchingDash } from './dashes';
import { readFractionWords } from './fraction-words';
import { BARE_DOLLAR, CURRENCY_SUFFIX, isIsoCode } from './lexicon/currencies';
import { UNMODELLED_MEASURES } from './lexicon/measures';
import {
  HYPHENED_PERIODS,
  NOT_A_RATE_AFTER,
  PER_PERSON,
  PERIODS,
  type Period,
  UNMODELLED_PERIODS,
} from './lexicon/periods';
import { COMPARATIVE_AFTER } from './lexicon/qualifiers';
import { SCALE_WORDS } from './lexicon/scales';
import { matchLongest } from './lexicon/trie';
import * as m from './messages';
import { refuse } from './refusal';
import type { TokenStream } from './token-stream';

/** Whether a number (or a currency sign before one) starts at token `i`. */
export function startsNumber(stream: TokenStream, i: number): boolean {
  const token = stream.at(i);
  return token.kind === 'number' || (token.kind === 'symbol' && stream.at(i + 1).kind === 'number');
}

/**
 * A comparative after the quantity: "or more", "or less", "or so"; a lone `+` must touch it
 * ("350,000+"). One that ends in "than" and runs into a number belongs to the next phrase:
 * "200 or greater than 190".
 *
 * @param stream - the tokens
 * @param j - index of the token after the quantity
 * @returns the match, or undefined
 */
export function readSuffix(stream: TokenStream, j: number) {
  const token = stream.at(j);
  if (token.text === '+' && token.spaceBefore) return undefined;
  const match = matchLongest(stream, j, COMPARATIVE_AFTER);
  if (match && startsNumber(stream, j + match.length)) {
    return stream.at(j + match.length - 1).lower === 'than' ? undefined : match;
  }
  return match;
}

/** Words after "a year from" that make it a point in time: "a year from now". */
const NOW = new Set(['now', 'then', 'today']);

/**
 * A period: "per year", "a year", "annually", "/yr"...; but not "a year earlier" or "a year
 * from now", which are points in time.
 *
 * @param stream - the tokens
 * @param j - index of the first token
 * @returns the period and where it ends, or undefined
 */
export function readPeriod(
  stream: TokenStream,
  j: number,
): { period: Period; next: number } | undefined {
  // "a $10 billion-a-year industry": a period hyphened to the amount it follows.
  if (touchingDash(stream, j, isHyphen)) {
    const joined = matchLongest(stream, j + 1, HYPHENED_PERIODS);
    return joined && { period: joined.value, next: j + 1 + joined.length };
  }
  const match = matchLongest(stream, j, PERIODS);
  if (!match) return undefined;
  const head = stream.at(j).lower;
  if (head === 'a' || head === 'an') {
    const after = stream.at(j + match.length).lower;
    // "3.5% a year since 2015" is yearly: a year since a year is no point in time.
    const sinceAYear = after === 'since' && isYearToken(stream.at(j + match.length + 1));
    if (NOT_A_RATE_AFTER.has(after) && !sinceAYear) return undefined;
    if (after === 'from' && NOW.has(stream.at(j + match.length + 1).lower)) return undefined;
  }
  return { period: match.value, next: j + match.length };
}

/** Time words: after "a" they are a period or a date ("a year earlier"), never a per-noun. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'year',
  'month',
  'week',
  'day',
  'hour',
  'decade',
  'quarter',
  'century',
  'fortnight',
  'minute',
  'second',
  'time',
]);

/**
 * Words after "a" that make no rate with the figure before: amounts ("a million", "a few")
 * and words that start a new phrase ("a record", "a total of", "a further"). A price may be
 * per dozen or per hundred ("$3 a dozen").
 */
const NOT_PER_AFTER_A: ReadonlySet<string> = new Set([
  ...SCALE_WORDS.keys(),
  'few',
  'couple',
  'lot',
  'number',
  'total',
  'handful',
  'fraction',
  'record',
  'further',
  'new',
]);

/** At most this many denominators follow a quantity: "$300 per worker per month". */
const MAX_PER = 3;

/** Words that end a unit of two words after a noun: "megawatt hour", "passenger kilometre". */
const SECOND_OF_A_UNIT: ReadonlySet<string> = new Set([
  'hour',
  'hours',
  'day',
  'days',
  'year',
  'years',
  'kilometre',
  'kilometres',
  'kilometer',
  'kilometers',
  'km',
  'mile',
  'miles',
]);

/** Words that open a unit of measure of two words: "square metre", "cubic metre". */
const OPENS_MEASURE: ReadonlySet<string> = new Set(['square', 'cubic', 'sq']);

/**
 * The denominators after a quantity, in the order written: periods ("per year",
 * "annually"), "per capita" and "per head" (person), and "per" with a count noun ("per
 * worker", "per victim"), which `unit()` turns to the singular. "$300 per worker per month"
 * gives `['worker', 'month']`; "a" with a singular noun too ("62 USD a barrel", "42,000 a
 * game") when `articles` allows. A period the unit system does not model ("per decade",
 * "quarterly") is refused: dropping it or counting it would misread the rate.
 *
 * @param stream - the tokens
 * @param j - index of the token after the quantity
 * @param priced - whether the quantity is money: only money is a rate per currency
 * @param articles - whether "a" with a noun may be a denominator (not after a year: "in 2019
 *   a report")
 * @returns the denominators and where they end
 * @throws {Refusal} for an unmodelled period, more than three denominators, "a" noun "of",
 *   or a "per" whose base is none of these
 */
export function readDenominators(
  stream: TokenStream,
  j: number,
  priced: boolean,
  articles: boolean,
): { per: readonly string[]; next: number } {
  const per: string[] = [];
  let next = j;
  // One more than the unit takes, to refuse it rather than drop it.
  for (let n = 0; n <= MAX_PER; n++) {
    const period = readPeriod(stream, next);
    if (period) {
      per.push(period.period);
      next = period.next;
      continue;
    }
    const unknown = matchLongest(stream, next, UNMODELLED_PERIODS);
    if (unknown) refuse(stream, next, next + unknown.length, m.unknownPeriod);
    const person = matchLongest(stream, next, PER_PERSON);
    if (person) {
      const start = next;
      next += person.length;
      const ofHerd = stream.at(next - 1).lower === 'head' && stream.at(next).lower === 'of';
      const herd = ofHerd ? headOf(stream, start, next + 1) : undefined;
      per.push(herd?.noun ?? 'person');
      next = herd?.next ?? next;
      continue;
    }
    const head = stream.at(next).lower;
    const word = stream.at(next + 1);
    // "per worker", "/rai" touching; "a barrel", "an ounce", "a game" (singular) as allowed.
    const article = head === 'a' || head === 'an';
    const slash = head === '/' && !word.spaceBefore;
    if (!(head === 'per' || slash || (articles && article)) || word.kind !== 'word') break;
    // "28 cents a pound", "$1.50 per pound": the weight as often as sterling, so neither.
    if (priced && word.lower === 'pound' && stream.at(next + 2).lower !== 'sterling') {
      refuse(stream, next, next + 2, m.poundOrWeight);
    }
    // An exchange rate: "70 kyats per baht", "Ks2,000 per dollar", "per USD".
    const money = !article ? currencyAt(stream, next + 1) : undefined;
    if (money && priced) {
      per.push(money.code);
      next += 1 + money.length;
      continue;
    }
    // "fell 0.3% to 4.7 per dollar": a rate per currency with no currency before it names a
    // money the text leaves out; dropping "per dollar" would misread it.
    if (money) refuse(stream, next, next + 1 + money.length, m.rateWithoutMoney);
    if (article && (word.lower.endsWith('s') || TIME_WORDS.has(word.lower))) break;
    // "of 1,000 a third said", "5,000 a record": an amount or a word that is no unit after "a".
    if (article && (readFractionWords(stream, next) || NOT_PER_AFTER_A.has(word.lower))) break;
    // "per square metre", "per cubic metre": the word would pass for a counted noun, and the
    // unit it opens would be dropped.
    if (OPENS_MEASURE.has(word.lower)) refuse(stream, next, next + 2, m.unknownMeasure);
    // "$14 per million British thermal units": money per a scale counts units it leaves out.
    if (priced && SCALE_WORDS.has(word.lower)) refuse(stream, next, next + 2, m.unknownMeasure);
    const noun = unitNounOf(word.text, true);
    if (noun === undefined) {
      // "USD 4/kg", "$80 per MWh": a unit of measure that is no counted noun, which dropped
      // would make a price per kilogram a price.
      if (UNMODELLED_MEASURES.has(word.lower)) refuse(stream, next, next + 2, m.unknownMeasure);
      break;
    }
    // "$5 a ton of coal" is a rate, "$5 billion a lot of money" is not: neither is guessed.
    if (article && stream.at(next + 2).lower === 'of') refuse(stream, next, next + 3, m.rateOrNot);
    // "per megawatt hour", "per passenger kilometre": a unit of two words, whose second one
    // dropped would make a price of energy a price of power.
    if (SECOND_OF_A_UNIT.has(stream.at(next + 2).lower)) {
      refuse(stream, next, next + 3, m.unknownMeasure);
    }
    per.push(noun);
    next += 2;
  }
  if (per.length > MAX_PER) refuse(stream, j, next, m.tooManyDenominators);
  // "50 cents per $100 of value": a "per" left unread would lose the base of the rate.
  if (stream.at(next).lower === 'per' && stream.at(next + 1).lower !== 'cent') {
    refuse(stream, next, next + 1, m.unreadBase);
  }
  return { per, next };
}

/**
 * What "per head of" counts: "per head of cattle" is per animal of the herd, not per person;
 * "per head of (the) population" is per person. Anything else after "of" is refused: reading
 * it as per person would misread a price per animal.
 *
 * @param stream - the tokens
 * @param start - index of "per" (or "a") before "head"
 * @param i - index of the token after "of"
 * @returns the noun and where it ends
 * @throws {Refusal} when the word after "of" is no count noun
 */
function headOf(stream: TokenStream, start: number, i: number): { noun: string; next: number } {
  const at = stream.at(i).lower === 'the' ? i + 1 : i;
  const word = stream.at(at);
  if (word.lower === 'population') return { noun: 'person', next: at + 1 };
  const noun = unitNounOf(word.text, false);
  if (noun === undefined) refuse(stream, start, at + 1, m.headOf);
  return { noun, next: at + 1 };
}

/** A currency named by a word or code at token `i`, when it is an ISO code or the bare dollar. */
function currencyAt(stream: TokenStream, i: number): { code: string; length: number } | undefined {
  const text = stream.at(i).text;
  if (isIsoCode(text)) return { code: text, length: 1 };
  const named = matchLongest(stream, i, CURRENCY_SUFFIX);
  if (!named) return undefined;
  const code = named.value;
  return code === BARE_DOLLAR || isIsoCode(code) ? { code, length: named.length } : undefined;
}
