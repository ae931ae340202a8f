import { countNoun } from './lexicon/nouns';
import { S_VERBS } from './lexicon/verbs';

/**
 * The verb that follows a share in subject position: "Half of all new jobs went to women",
 * "About 12% of the population lives on less than $2.15 a day", "Almost 40 percent of
 * Americans own a gun". The base is the noun phrase before it; without this, "the population
 * lives" was read as what the share is of.
 *
 * A word is taken as the verb only where it agrees with the word before it: a plain form after
 * a plural ("Americans own", "farmers earn"), an -s form after anything else ("population
 * lives", "electricity comes"), a past form or an adverb after anything. Forms that are as
 * often the second noun of a compound are left out ("energy needs", "tax returns", "capital
 * flows", "tea leaves", "the news report", "hospital stays").
 */
/**
 * Plain forms after a plural whose -s form is as often a noun, so not among the -s forms
 * below ("Americans use", but "land uses"; "patients need", but "energy needs").
 */
const ONLY_AFTER_PLURAL: ReadonlySet<string> = new Set([
  'access',
  'attend',
  'benefit',
  'drop',
  'finish',
  'leave',
  'need',
  'oppose',
  'prefer',
  'stay',
  'trust',
  'use',
  'work',
]);

/** -s forms after a singular: the verbs that are never nouns, and some that are ("300 lives"). */
const AFTER_SINGULAR: ReadonlySet<string> = new Set([
  ...S_VERBS,
  'ends',
  'faces',
  'holds',
  'lives',
  'makes',
  'passes',
  'takes',
]);

/** Past forms that are not made with -ed, and adverbs that come between a subject and its verb. */
const AFTER_ANY: ReadonlySet<string> = new Set([
  'began',
  'brought',
  'built',
  'caught',
  'chose',
  'drew',
  'fell',
  'fled',
  'flew',
  'found',
  'grew',
  'kept',
  'led',
  'lost',
  'met',
  'ran',
  'rose',
  'sought',
  'stood',
  'taught',
  'told',
  'wrote',
  'became',
  'bought',
  'came',
  'did',
  'felt',
  'gave',
  'got',
  'held',
  'knew',
  'left',
  'made',
  'paid',
  'said',
  'saw',
  'sent',
  'sold',
  'spent',
  'thought',
  'took',
  'went',
  'won',
  'already',
  'also',
  'currently',
  'generally',
  'never',
  'now',
  'often',
  'only',
  'still',
  'typically',
  'usually',
]);

/** Adjectives and collectives that stand for a plural ("the world's poor", "staff"). */
const PLURALS: ReadonlySet<string> = new Set([
  'poor',
  'rich',
  'young',
  'elderly',
  'staff',
  'police',
]);

/** A plural count noun, as a figure would count it ("Americans", "people"), or one of those. */
const isPlural = (word: string): boolean =>
  PLURALS.has(word) || countNoun(word, false) !== undefined;

/**
 * Whether `word` is the verb of the clause whose subject ends with `before`.
 *
 * @param before - the word before, in lower case
 * @param word - the word, in lower case
 * @returns whether the base ends before `word`
 */
export function isClauseVerb(before: string, word: string): boolean {
  if (AFTER_ANY.has(word)) return true;
  if (!isPlural(before)) return AFTER_SINGULAR.has(word);
  // The plain form of an -s form: "own" of "owns", "go" of "goes", "rely" of "relies".
  return (
    ONLY_AFTER_PLURAL.has(word) ||
    AFTER_SINGULAR.has(`${word}s`) ||
    AFTER_SINGULAR.has(`${word}es`) ||
    (word.endsWith('y') && AFTER_SINGULAR.has(`${word.slice(0, -1)}ies`))
  );
}
