import { isInvariantNoun } from '../../unit/nouns';
import { S_VERBS } from './verbs';

/**
 * Deciding whether the word after a number is the thing counted ("350,000 people",
 * "tens of thousands of victims"). English marks a counted noun as plural after any number
 * but one, so a word counts when it looks plural and is not a function word; after
 * exactly one, a singular noun counts too ("1 person").
 */

/**
 * Plurals without a final s, and nouns that are plural as they stand, besides those the unit
 * system keeps invariant ("sheep", "aircraft", and peoples such as "Chinese" and "Rohingya").
 */
const PLURAL_AS_IS: ReadonlySet<string> = new Set([
  'people',
  'children',
  'men',
  'women',
  'youth',
  // A coin counted as its own unit: "10,000 bitcoin" (bitcoins too).
  'bitcoin',
  'feet',
  'teeth',
  'mice',
  'geese',
]);

/**
 * Whether a noun is spelled alike as a plural and as a noun before another ("people",
 * "fish", "staff"): "50 people smugglers" counts smugglers.
 *
 * @param lower - a noun in lower case
 * @returns whether it is one of the plurals without a final s
 * @example
 * isInvariantPlural('aircraft'); // => true
 */
export function isInvariantPlural(lower: string): boolean {
  return PLURAL_AS_IS.has(lower) || isInvariantNoun(lower);
}

/** Words that end in s but are not plural nouns, and other words never counted (with `S_VERBS`). */
const NEVER: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'to',
  'into',
  'onto',
  'with',
  'without',
  'as',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'do',
  'did',
  'this',
  'these',
  'those',
  'thus',
  'plus',
  'minus',
  'less',
  'its',
  'his',
  'hers',
  'ours',
  'yours',
  'theirs',
  'us',
  'yes',
  'always',
  'perhaps',
  'whereas',
  'across',
  'besides',
  'towards',
  'afterwards',
  'upwards',
  'downwards',
  'unless',
  'nevertheless',
  'regardless',
  'times',
  'said',
  // Verbs in -s that follow a figure as its predicate: "8000-194,000 means that".
  'means',
  'seems',
  'shows',
  'suggests',
  'represents',
  'includes',
  'accounts',
  'stands',
  'marks',
  'reflects',
  'equals',
  'makes',
  'needs',
  'per',
  'each',
  'every',
  'more',
  'most',
  'than',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'it',
  'they',
  'them',
  'we',
  'he',
  'she',
  'i',
  'you',
  'if',
  'so',
  'such',
  'alone',
  'other',
  'others',
  'ones',
  'yet',
  'still',
  'only',
  'also',
  'then',
  'when',
  'while',
  'where',
  'may',
  'might',
  'can',
  'will',
  'would',
  'should',
  'must',
  'could',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/**
 * The counted noun in a word, or undefined when the word is not one.
 *
 * @param text - the word as written (`people`, `Cambodians`)
 * @param one - whether the number before it is exactly one
 * @returns the noun in lower case, ready for `unit()`
 */
export function countNoun(text: string, one: boolean): string | undefined {
  const lower = text.toLowerCase();
  if (!isNounShaped(text, lower) || NEVER.has(lower) || S_VERBS.has(lower)) return undefined;
  if (isInvariantPlural(lower) || one) return lower;
  // -men plurals: gunmen, policemen, fishermen.
  if (lower.endsWith('men') && lower.length > 4) return lower;
  if (!lower.endsWith('s') || lower.length < 3) return undefined;
  // -ss, -us, -is, -ous end singular nouns and adjectives: class, census, basis, various.
  if (lower.endsWith('ss') || lower.endsWith('us')) return undefined;
  // A capitalised -is word is a people (Bangladeshis, Nepalis, Iraqis) unless it is a -sis or
  // -tis noun, which the unit system keeps singular (Analysis, Hepatitis).
  if (lower.endsWith('is') && (text === lower || /(?:sis|tis)$/.test(lower))) return undefined;
  return lower;
}

/** ASCII letters only, either all lower-case or capitalised ("Cambodians"), 2–30 long. */
function isNounShaped(text: string, lower: string): boolean {
  if (text.length < 2 || text.length > 30) return false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
  }
  return true;
}
