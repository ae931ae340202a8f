import { unit } from '@reckon/range';
import { messages } from '../messages';

/** Currency names written in words, and the code to write instead. */
const CURRENCY_WORDS = /\b(?:US\s*dollars?|U\.S\.\s*dollars?|dollars?|usd)\b/gi;

/** Adjectives and past participles used as if they were nouns, with the noun meant. */
const NOT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['dead', 'deaths'],
  ['killed', 'deaths'],
  ['died', 'deaths'],
  ['deceased', 'deaths'],
  ['trafficked', 'victims'],
  ['enslaved', 'people'],
  ['displaced', 'displaced-people'],
]);

/**
 * What a writer probably meant by a unit that names a currency in words: `US dollars/year`
 * means `USD/year`.
 *
 * @param text - the unit as written
 * @returns the message with the corrected unit, or undefined when no currency word appears
 */
export function currencyWordsHint(text: string): string | undefined {
  if (!CURRENCY_WORDS.test(text)) return undefined;
  CURRENCY_WORDS.lastIndex = 0;
  return messages.currencyWords(text, text.replace(CURRENCY_WORDS, 'USD').replace(/\s+/g, ''));
}

/**
 * A count noun written as an adjective (`dead`) or in the singular (`victim`): counts are
 * written in the plural, as the dossier means them, so a brief never has to invent a plural.
 * Only the numerator is checked: `USD/person` is the usual way to write a rate.
 *
 * @param text - a unit that parses
 * @returns the message with the noun meant, or undefined when the unit reads right
 */
export function countNounHint(text: string): string | undefined {
  const numerator = text.split('/')[0] ?? '';
  for (const word of numerator.split(/[\s*·]+/)) {
    const meant = NOT_NOUNS.get(word.toLowerCase());
    if (meant !== undefined) return messages.notAPluralNoun(word, text.replace(word, meant));
    if (!/^[a-z][a-z-]*$/.test(word)) continue;
    let canonical: string | undefined;
    try {
      const parsed = unit(word);
      const [atom] = parsed.atoms;
      if (parsed.atoms.length === 1 && atom?.kind === 'count') canonical = atom.name;
    } catch {
      continue;
    }
    if (canonical !== undefined && canonical !== word) {
      return messages.notAPluralNoun(word, text.replace(word, canonical));
    }
  }
  return undefined;
}
