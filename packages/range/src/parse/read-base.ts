import { isClauseVerb } from './base-verb';
import { unitNounOf } from './build-range';
import { isHyphen } from './dashes';
import type { TokenStream } from './token-stream';

/** Words that end a base noun phrase: "60% of GDP and rising", "of GDP in 2023". */
export const STOP: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'to',
  'with',
  'that',
  'which',
  'who',
  'is',
  'was',
  'were',
  'are',
  'be',
  'has',
  'have',
  'had',
  'will',
  'would',
  'than',
  'as',
  'while',
  'since',
  'per',
  'a',
  'an',
  'shall',
  'should',
  'could',
  'may',
  'might',
  'must',
  'can',
]);

/** Leading words that do not count toward the base's length (they stay in its text). */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all', 'total']);

const MAX_WORDS = 4;

/** Determiners that stand for a noun on their own: "of the total", "of all". */
const NOUN_DETERMINERS = new Set(['all', 'total']);

/**
 * Pronouns are a whole noun phrase: "half of them children under five" is half of "them".
 * ("These" and "those" are as often determiners: "of these victims".)
 */
const PRONOUNS = new Set(['them', 'us', 'it', 'you', 'whom']);

/** Prepositions that start a phrase of their own after a share: "a third among children". */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'among',
  'amongst',
  'across',
  'within',
  'into',
  'over',
  'under',
  'during',
  'through',
  'against',
  'without',
  'between',
  'after',
  'before',
  'about',
  'around',
  'amid',
]);

/**
 * Words that end a noun phrase after its noun: a time ("of GDP last year", "this year", "each
 * year", "annually") or an adverb that says how the figures go together ("of GDP
 * respectively", "overall"). Before the noun they may belong to it ("of this year's budget").
 */
export const AFTER_THE_NOUN: ReadonlySet<string> = new Set([
  'this',
  'last',
  'next',
  'each',
  'every',
  'annually',
  'yearly',
  'monthly',
  'weekly',
  'daily',
  'quarterly',
  'respectively',
  'overall',
  'altogether',
  'together',
  'combined',
  'alone',
  'again',
  'too',
  'so',
  'yet',
  'then',
]);

/** Whether the word at `i`, right after a word of the base, ends it. */
function endsNounPhrase(stream: TokenStream, i: number): boolean {
  const token = stream.at(i);
  if (token.kind !== 'word') return false;
  return AFTER_THE_NOUN.has(token.lower) || isClauseVerb(stream.at(i - 1).lower, token.lower);
}

/** A past participle: "used", "collected", "polled" (not "seed", "bed"). */
const isParticiple = (word: string): boolean =>
  word.length >= 4 && word.endsWith('ed') && !word.endsWith('eed');

/** What a ratio is a share of: the words after "of", and where they end. */
export interface Base {
  readonly text: string;
  readonly next: number;
}

/**
 * Reads "of GDP" (or "of the country's GDP", "of the two provinces' revenue") after a share:
 * up to four words after any determiners, possessives and hyphenated compounds included
 * ("the full-year target"), ending at punctuation, a number or a function word. The base is
 * kept as written, determiners and all.
 *
 * @param stream - the tokens
 * @param k - index of the token that might be "of"
 * @returns the base, or undefined when there is none
 */
export function readBase(stream: TokenStream, k: number): Base | undefined {
  if (stream.at(k).lower !== 'of') return undefined;
  const first = k + 1;
  let i = first;
  while (DETERMINERS.has(stream.at(i).lower)) i++;
  let words = 0;
  let last = -1;
  while (words < MAX_WORDS) {
    const token = stream.at(i);
    // "of the population lives on …", "of GDP last year": a verb or a time ends the base.
    if (last === i - 1 && endsNounPhrase(stream, i)) break;
    if (token.kind === 'word' && !STOP.has(token.lower)) {
      // "of the goods used to …", "of those polled": a participle makes the noun phrase a
      // clause, too long to be the base.
      if (words > 0 && isParticiple(token.lower)) return undefined;
      words++;
      last = i;
      i++;
      if (words === 1 && PRONOUNS.has(token.lower)) break;
      continue;
    }
    const s = stream.at(i + 1);
    const apostrophe = token.text === "'" || token.text === '\u2019';
    // A plural possessive: "provinces' revenue".
    if (
      apostrophe &&
      last === i - 1 &&
      !token.spaceBefore &&
      s.spaceBefore &&
      s.kind === 'word' &&
      stream.at(i - 1).lower.endsWith('s')
    ) {
      last = i;
      i += 1;
      continue;
    }
    // A hyphenated compound is one word: "the full-year target".
    if (last === i - 1 && isHyphen(token.text) && !token.spaceBefore && !s.spaceBefore) {
      if (s.kind === 'word' && !STOP.has(s.lower)) {
        last = i + 1;
        i += 2;
        continue;
      }
    }
    // A possessive: "country's", "country’s".
    if (last === i - 1 && apostrophe && !token.spaceBefore && !s.spaceBefore && s.lower === 's') {
      last = i + 1;
      i += 2;
      continue;
    }
    break;
  }
  const end = stream.at(i);
  // Four words and the noun phrase still runs on: too long to be the base.
  if (words === MAX_WORDS && end.kind === 'word' && !STOP.has(end.lower)) {
    if (!(last === i - 1 && endsNounPhrase(stream, i))) return undefined;
  }
  // "of low- and middle-income countries": a compound cut at its hyphen.
  if (isHyphen(end.text) && !end.spaceBefore) return undefined;
  // "of Thailand's 13 million farmers": a possessive without its noun.
  const lastText = stream.at(last).text;
  if (last >= 0 && (lastText === 's' || lastText === "'" || lastText === '\u2019')) {
    return undefined;
  }
  // "of the total", "of all": the last determiner is the noun ("of the" alone is none).
  if (last < 0 && i > first && NOUN_DETERMINERS.has(stream.at(i - 1).lower)) last = i - 1;
  if (last < 0) return undefined;
  const input = stream.input;
  return { text: input.slice(stream.at(first).start, stream.at(last).end), next: last + 1 };
}

/** At most this many words name the group a rate is counted in: "live births". */
const MAX_GROUP_WORDS = 3;

/**
 * The group a rate is counted in, right after it: "residents" in "four in every 1,000
 * residents", "live births" in "per 1,000 live births". Up to three words ending in a
 * plural count noun; none when no such noun comes first.
 *
 * @param stream - the tokens
 * @param k - index of the token after the rate
 * @returns the group as written and where it ends, or undefined
 */
export function readGroup(stream: TokenStream, k: number): Base | undefined {
  for (let i = k; i < k + MAX_GROUP_WORDS; i++) {
    const token = stream.at(i);
    const lower = token.lower;
    if (token.kind !== 'word' || STOP.has(lower) || PREPOSITIONS.has(lower) || lower === 'of') {
      return undefined;
    }
    if (unitNounOf(token.text, false) !== undefined) {
      return { text: stream.input.slice(stream.at(k).start, token.end), next: i + 1 };
    }
  }
  return undefined;
}
