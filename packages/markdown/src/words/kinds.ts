/**
 * The words a brief uses for the schema's enumerations. Kept as data, in one place, so a
 * translation or a house style changes one file. Keys are typed against the schema's own
 * lists, so a value added there is a compile error here until it has words.
 */
import type { ARGUMENT_KINDS, CLAIM_KINDS, SOURCE_KINDS, STANCES } from '@reckon/schema';

/** How a finding is labelled in the findings list. */
export const CLAIM_KIND_WORDS: Readonly<Record<(typeof CLAIM_KINDS)[number], string>> = {
  factual: 'Factual claim',
  causal: 'Causal claim',
  allegation: 'Allegation',
  prediction: 'Prediction',
  normative: 'Judgement',
};

/** A response's stance, as a verb phrase after the respondent: "… dismisses the report". */
export const STANCE_WORDS: Readonly<Record<(typeof STANCES)[number], string>> = {
  denies: 'denies',
  dismisses: 'dismisses',
  'disputes-methodology': 'disputes the methodology of',
  'disputes-figures': 'disputes the figures in',
  'partially-accepts': 'partially accepts',
  accepts: 'accepts',
  'no-comment': 'declines to comment on',
  'declined-to-comment': 'declined to comment on',
  'no-response': 'did not respond to a request for comment on',
};

/** An argument's kind, as the label of the argument. */
export const ARGUMENT_KIND_WORDS: Readonly<Record<(typeof ARGUMENT_KINDS)[number], string>> = {
  methodology: 'Methodology',
  motive: 'Motive',
  sovereignty: 'Sovereignty',
  deflection: 'Deflection',
  capacity: 'Capacity',
  bias: 'Bias',
  'counter-evidence': 'Counter-evidence',
  scapegoating: 'Scapegoating',
  other: 'Other',
};

/** A source's kind, as a noun phrase ("a news article"); a report is `report`. */
export const SOURCE_KIND_WORDS: Readonly<Record<(typeof SOURCE_KINDS)[number], string>> = {
  report: 'report',
  'news-article': 'news article',
  statement: 'statement',
  'press-release': 'press release',
  transcript: 'transcript',
  interview: 'interview',
  dataset: 'dataset',
  'social-post': 'social media post',
  'journal-article': 'journal article',
  book: 'book',
  'web-page': 'web page',
  video: 'video',
  other: 'source',
};

/** How a source qualified a figure, when it did more than state it. */
export const QUALIFIER_WORDS: Readonly<Record<string, string>> = {
  approx: 'approximate',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'less-than': 'less than',
  vague: 'vague',
};

/** Channels a response was given through. */
export const CHANNEL_WORDS: Readonly<Record<string, string>> = {
  'press-conference': 'at a press conference',
  statement: 'in a statement',
  'press-release': 'in a press release',
  interview: 'in an interview',
  speech: 'in a speech',
  'social-media': 'on social media',
  letter: 'in a letter',
  other: '',
};

/**
 * The words for a value of an enumeration, or the value itself when it has none (data that
 * was not validated may carry any string; it is shown as given, and still as text).
 *
 * @param table - the words for each value
 * @param value - the value
 * @returns the words
 * @throws never
 */
export function wordsFor(table: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(table, value) ? (table[value] as string) : value;
}
