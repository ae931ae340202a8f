import { isCurrency, timeAtom } from './atoms';
import { singularNoun } from './nouns';

/** Time words as the reader accepts them, singular first. */
const TIME_WORDS = ['year', 'quarter', 'month', 'week', 'day', 'hour'];

/** Currency names people write where a unit expression wants the ISO 4217 code. */
const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'],
  ['euro', 'EUR'],
  ['pound', 'GBP'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['riel', 'KHR'],
  ['baht', 'THB'],
  ['rupee', 'INR'],
  ['annum', 'year'],
]);

/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i];
    return a.slice(i + 1) === b.slice(i + 1) || (swapped && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * What a lowercase word was surely meant as, when it is not a count noun: a currency code in
 * lower case (`usd`), a currency's name (`dollars`: which dollar?), or a time word one typing
 * slip away (`yeer`, `mnth`). Any other lowercase word is a count noun, so without this check a
 * slip in `USD/yeer` would quietly make a unit of "yeers". A plural of a time abbreviation
 * (`ds`, which would print as `d`) is taken for that time unit. Typing slips are looked for
 * in words of four letters or more that share the time word's first letter: `tour` is not
 * `hour`.
 *
 * @param word - a lowercase word from a unit expression
 * @returns the unit to suggest, or undefined when the word reads as a count noun
 */
export function mistypedAtom(word: string): string | undefined {
  if (word.length === 3 && isCurrency(word.toUpperCase())) return word.toUpperCase();
  // A plural whose singular is a time abbreviation (`ds`, `hs`) would print as `USD/d`, which
  // reads back as a day: it is taken for the time unit it looks like.
  const time = timeAtom(singularNoun(word));
  if (time !== undefined && timeAtom(word) === undefined) return time;
  const name = CURRENCY_NAMES.get(word) ?? CURRENCY_NAMES.get(word.replace(/s$/, ''));
  if (name !== undefined) return name;
  if (word.length < 4) return undefined;
  for (const time of TIME_WORDS) {
    if (word[0] !== time[0]) continue;
    if (word === time || word === `${time}s`) return undefined;
    if (oneEditApart(word, time) || oneEditApart(word, `${time}s`)) return time;
  }
  return undefined;
}
