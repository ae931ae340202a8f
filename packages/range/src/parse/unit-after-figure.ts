import { isCapitalised, isInCapitals } from './chars';
import type { Core } from './core';
import { isHyphen } from './dashes';
import { CURRENCY_SUFFIX } from './lexicon/currencies';
import { TIME_AFTER } from './lexicon/dates';
import { SINGULAR_UNITS, UNMODELLED_MEASURES } from './lexicon/measures';
import { matchLongest } from './lexicon/trie';
import * as m from './messages';
import { AFTER_THE_NOUN, PREPOSITIONS, STOP } from './read-base';
import { refuse } from './refusal';
import type { TokenStream } from './token-stream';

/**
 * Refuses a figure with no money, ratio or counted noun when what follows it says it
 * measures something the unit system does not read, so that it is never read as a bare count:
 * - a unit of measure it does not model ("a 5 km walk", "the 300 MW plant");
 * - a singular unit after a number other than one, a compound adjective ("a 5 kilometre
 *   walk", "a 10 year plan");
 * - "times" before a comparison, a multiple ("80 times more potent", "28 times as potent",
 *   "three times the budget", "10 times their face value"); before anything else it counts
 *   occasions ("downloaded 10 million times");
 * - a code in capitals that ends the clause, a ticker or unit it does not know ("1.2 billion
 *   USDT,", "5 BTC."); before a word it is an adjective ("12 UN agencies");
 * - a people whose name ends in "-tis" ("300,000 Kuwaitis", "1.2 million Emiratis"), which
 *   the unit system reads as a singular like "hepatitis", so it cannot be the unit;
 * - "to the" or "against (the)" and a currency's name, an exchange rate ("traded at 25,400 to
 *   the dollar", "83.42 against dollar"): the price of a currency the figure does not name;
 * - "m", metres as often as millions ("the 400m final", "67m tall", "5 m wide"); with money or
 *   a counted noun it is millions ("£40m", "2m jobs"), and a capital is never metres
 *   ("exceed 8M");
 * - a capital "B" after a whole number and before a word, as often the letter of a flat, seat
 *   or model ("221B Baker Street", "seat 12B was", "a 7B model") as billions; "1.4B" and
 *   "passed 1B." are billions.
 *
 * @param stream - the tokens
 * @param k - index of the phrase's first token
 * @param core - the figure
 * @param j - index of the token after the figure and its suffix
 * @throws {Refusal} when the figure is one of these
 */
export function refuseUnitAfterFigure(stream: TokenStream, k: number, core: Core, j: number): void {
  const after = stream.at(j);
  if (after.kind === 'word') {
    if (UNMODELLED_MEASURES.has(after.lower)) refuse(stream, k, j + 1, m.unknownMeasure);
    const one = core.low === 1 && core.high === 1;
    if (!one && SINGULAR_UNITS.has(after.lower)) refuse(stream, k, j + 1, m.singularUnit);
    if (after.lower === 'times' && comparesAt(stream, j + 1)) {
      refuse(stream, k, j + 1, m.multiple);
    }
    if (isCodeAtClauseEnd(stream, j) && !core.yearShaped) refuse(stream, k, j + 1, m.unknownCode);
    if (isPeopleInTis(after.text)) refuse(stream, k, j + 1, m.peopleInTis);
    // "against" needs no article: headlines write "83.42 against dollar".
    const the = stream.at(j + 1).lower === 'the' ? 1 : 0;
    if ((after.lower === 'to' && the === 1) || after.lower === 'against') {
      const currency = matchLongest(stream, j + 1 + the, CURRENCY_SUFFIX);
      if (currency) refuse(stream, k, j + 1 + the + currency.length, m.exchangeRate);
    }
  }
  const glued = stream.at(core.next - 1);
  const touching = !glued.spaceBefore;
  if (glued.text === 'm' && touching) refuse(stream, k, core.next, m.metresOrMillions);
  if (after.text === 'm') refuse(stream, k, j + 1, m.metresOrMillions);
  const letter = !stream.at(core.next - 2).decimal && after.kind === 'word';
  if (glued.text === 'B' && touching && letter) refuse(stream, k, core.next, m.billionsOrLetter);
}

/**
 * Words that start a comparison: "as", "the", a possessive ("10 times their face value",
 * "three times its size"), and comparatives ("more", "higher").
 */
const COMPARING = new Set([
  'as',
  'the',
  'that',
  'what',
  'more',
  'less',
  'fewer',
  'their',
  'its',
  'his',
  'her',
  'our',
  'your',
  'my',
]);

/**
 * Whether a comparison starts at token `i`. "Over" ends a multiple only where nothing
 * follows it ("grew 3 times over."): "3 times over two years" counts occasions.
 */
function comparesAt(stream: TokenStream, i: number): boolean {
  const token = stream.at(i);
  const word = token.lower;
  if (word === 'over') {
    const next = stream.at(i + 1).kind;
    return next !== 'word' && next !== 'number';
  }
  if (COMPARING.has(word) || (word.length > 3 && word.endsWith('er'))) return true;
  // "8.5 times average earnings", "4.5 times earnings": a noun after "times" is what the
  // figure multiplies; occasions go on with a time, a place or the clause ("3 times a year",
  // "10 million times in a week", "twice, 5 times by police").
  const occasions =
    STOP.has(word) ||
    PREPOSITIONS.has(word) ||
    AFTER_THE_NOUN.has(word) ||
    OCCASIONS_GO_ON.has(word);
  return token.kind === 'word' && !occasions && !isCapitalised(token.text);
}

/**
 * Words after "times" that go on with a count of occasions, not a multiple, besides the
 * function words, prepositions and times that end a noun phrase (`read-base.ts`).
 */
const OCCASIONS_GO_ON = new Set([
  'throughout',
  'already',
  'now',
  'yesterday',
  'today',
  'ago',
  'earlier',
  'later',
  'until',
  'when',
  'if',
  'out',
  'off',
  'up',
  'down',
  'there',
  'here',
  'recently',
]);

/** Words after which a clause goes on with something else than what the figure counts. */
const CLAUSE_GOES_ON = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'from', 'worth']);

/**
 * A word in capitals at token `j` (two to five letters, not a time: "AM") followed by
 * punctuation, the end, or a word that starts something else: "1.2 billion USDT, or"; not
 * one joined by a hyphen or slash to what follows.
 */
function isCodeAtClauseEnd(stream: TokenStream, j: number): boolean {
  const code = stream.at(j);
  if (!isInCapitals(code.text) || TIME_AFTER.has(code.lower)) return false;
  const next = stream.at(j + 1);
  // "COVID-19-related deaths", "IDA/IBRD projects": a compound goes on to what is counted.
  const compound = !next.spaceBefore && (next.text === '/' || isHyphen(next.text));
  return !compound && (next.kind !== 'word' || CLAUSE_GOES_ON.has(next.lower));
}

/** A capitalised word ending in "-tis" after a number: a people ("Kuwaitis", "Emiratis"). */
function isPeopleInTis(text: string): boolean {
  return isCapitalised(text) && text.length > 4 && text.endsWith('tis');
}
