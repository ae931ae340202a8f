import { UnitSyntaxError, UnknownCurrencyError } from '../errors';
import { unitLooksMistyped, unitNotLowercase, unknownCurrency } from '../messages';
import { DIMENSIONLESS, isCurrency, timeAtom } from './atoms';
import { mistypedAtom } from './mistyped';
import { canonicalNoun, singularNoun } from './nouns';
import type { AtomKind } from './types';

/**
 * One atom as a unit expression writes it: a symbol, `1` (not the start of a number), or a
 * word; `man-hours` is one word. Shared by the expression reader and by callers that hold
 * a single word (the parser's nouns and periods), so both accept the same words.
 */
export const ATOM_PATTERN = '[%‰‱]|1(?!\\d)|[A-Za-z]+(?:-[A-Za-z]+)*';

/**
 * The kind and canonical name of an atom as written: a dimensionless symbol or word, a
 * time word, an ISO 4217 code, or a lowercase count noun.
 *
 * @param input - the text the word stands in, for messages
 * @param start - where the word starts in `input`
 * @param word - the word, matching {@link ATOM_PATTERN}
 * @returns its kind and canonical name (`people` for `person`, `year` for `yrs`)
 * @throws {UnknownCurrencyError} for three upper-case letters that are not an ISO 4217 code
 * @throws {UnitSyntaxError} for a word that is neither lowercase nor a code, or one that
 *   looks like a mistyped unit (`usd`, `yeer`)
 */
export function readWord(input: string, start: number, word: string): [AtomKind, string] {
  const dimensionless = DIMENSIONLESS.get(word);
  if (dimensionless !== undefined) return ['dimensionless', dimensionless];
  const time = timeAtom(word);
  if (time !== undefined) return ['time', time];
  if (/^[A-Z]{3}$/.test(word)) {
    if (!isCurrency(word))
      throw new UnknownCurrencyError(unknownCurrency(input, start, word), word);
    return ['currency', word];
  }
  if (word !== word.toLowerCase()) {
    throw new UnitSyntaxError(unitNotLowercase(input, start, word), input, start);
  }
  // Both forms a unit prints are checked too, so what it prints always reads back: `ar`
  // would print as `ars`, and `mmks` after `/` as `mmk`, each a currency code in lower case.
  const noun = canonicalNoun(word);
  const meant = mistypedAtom(word) ?? mistypedAtom(noun) ?? mistypedAtom(singularNoun(noun));
  if (meant !== undefined) {
    throw new UnitSyntaxError(unitLooksMistyped(input, start, word, meant), input, start);
  }
  return ['count', noun];
}
