/**
 * Scoring of a tagged corpus file (such as `tests/corpus/phrases-newsroom.json`) as a report:
 * each entry is right, silently misread, refused with a `RangeParseError`, or crashed with
 * another error, and the counts are broken down by kind tag and by the held-out split.
 * A misreading is worse than a refusal, so the two are never lumped together.
 * Shared by the scoring script (`bench/score-corpus.ts`) and its test; not public API.
 */
import { RangeParseError } from '../src/errors';
import { extractRanges } from '../src/parse/extract-ranges';
import type { ParseOptions } from '../src/parse/options';
import { parseRange } from '../src/parse/parse-range';
import { type CorpusParagraph, type CorpusPhrase, differences } from './corpus-score';

/** How the parser did on one labelled item. */
export type Outcome = 'right' | 'misread' | 'refused' | 'crashed';

/** A corpus entry with the kinds it covers (the newsroom files tag every entry). */
export type TaggedPhrase = CorpusPhrase & { readonly tags?: readonly string[] };

/** A corpus paragraph with the kinds it covers. */
export type TaggedParagraph = CorpusParagraph & { readonly tags?: readonly string[] };

/** One scored item: a phrase, or one labelled span of a paragraph. */
export interface ScoredItem {
  readonly id: string;
  readonly text: string;
  readonly tags: readonly string[];
  readonly heldOut: boolean;
  readonly outcome: Outcome;
  readonly problems: readonly string[];
}

/** Counts of outcomes over a set of items. */
export interface Tally {
  readonly total: number;
  readonly right: number;
  readonly misread: number;
  readonly refused: number;
  readonly crashed: number;
}

/**
 * Scores each phrase with `parseRange`.
 *
 * @param phrases - the entries, with their labels
 * @param heldOut - the ids of the held-out split
 * @param hints - whether to read each entry with its source country's `currencyHint`
 * @returns one scored item per phrase, in order
 */
export function scorePhrases(
  phrases: readonly TaggedPhrase[],
  heldOut: ReadonlySet<string>,
  hints = true,
): ScoredItem[] {
  const optionsFor = hints ? hintFor : noHint;
  return phrases.map((entry) => {
    const item = {
      id: entry.id,
      text: entry.phrase,
      tags: entry.tags ?? [],
      heldOut: heldOut.has(entry.id),
    };
    try {
      const range = parseRange(entry.phrase, optionsFor(entry));
      const base = baseOf(entry.phrase, optionsFor(entry));
      const problems = differences({ ...range, ...base }, entry.expected);
      return { ...item, outcome: problems.length === 0 ? 'right' : 'misread', problems };
    } catch (error) {
      const outcome = error instanceof RangeParseError ? 'refused' : 'crashed';
      return { ...item, outcome, problems: [String((error as Error).message)] };
    }
  });
}

/**
 * Scores each labelled span of each paragraph with `extractRanges`: right when a span with
 * the same start and end reads the same; misread when a found span overlaps the label but
 * differs in extent or reading; refused when nothing found overlaps it (extraction leaves
 * text it cannot read alone, which is its way of refusing).
 *
 * @param paragraphs - the paragraphs, with their labelled spans
 * @param heldOut - the ids of the held-out split (a paragraph's spans share its side)
 * @param hints - whether to read each paragraph with its source country's `currencyHint`
 * @returns one scored item per labelled span, in order
 */
export function scoreParagraphs(
  paragraphs: readonly TaggedParagraph[],
  heldOut: ReadonlySet<string>,
  hints = true,
): ScoredItem[] {
  const optionsFor = hints ? hintFor : noHint;
  const out: ScoredItem[] = [];
  for (const paragraph of paragraphs) {
    let found: ReturnType<typeof extractRanges>;
    let crash: string | undefined;
    try {
      found = extractRanges(paragraph.text, optionsFor(paragraph));
    } catch (error) {
      found = [];
      crash = String((error as Error).message);
    }
    for (const want of paragraph.expected) {
      const item = {
        id: paragraph.id,
        text: want.text,
        tags: paragraph.tags ?? [],
        heldOut: heldOut.has(paragraph.id),
      };
      if (crash !== undefined) {
        out.push({ ...item, outcome: 'crashed', problems: [crash] });
        continue;
      }
      const overlapping = found.filter((f) => f.start < want.end && want.start < f.end);
      const same = overlapping.find((f) => f.start === want.start && f.end === want.end);
      if (same !== undefined) {
        const base = same.context?.base;
        const read = { ...same.range, ...(base === undefined ? {} : { base }), ...markersOf(same) };
        const problems = differences(read, want.range);
        out.push({ ...item, outcome: problems.length === 0 ? 'right' : 'misread', problems });
      } else if (overlapping.length > 0) {
        const spans = overlapping.map((f) => JSON.stringify(f.text)).join(', ');
        out.push({ ...item, outcome: 'misread', problems: [`read as ${spans}`] });
      } else {
        out.push({ ...item, outcome: 'refused', problems: ['span not found'] });
      }
    }
  }
  return out;
}

/**
 * The base of a share ("of the two provinces' revenue") as extraction reports it: a `Range`
 * has no place for it, so a phrase's base is read from `extractRanges` on the same text.
 */
function baseOf(phrase: string, options: ParseOptions | undefined): { base?: string } {
  const found = extractRanges(phrase, options);
  const base = found.length === 1 ? found[0]?.context?.base : undefined;
  return base === undefined ? {} : { base };
}

/**
 * The currency of each country the corpus quotes, so a phrase is read as its source's
 * readers read it: the geography of the source is the `currencyHint` (a Pakistani "Rs" is
 * PKR, a Philippine "P" PHP). Countries missing here give no hint.
 */
const COUNTRY_CURRENCY: Readonly<Record<string, string>> = {
  Bangladesh: 'BDT',
  'Hong Kong': 'HKD',
  India: 'INR',
  Indonesia: 'IDR',
  Kenya: 'KES',
  Laos: 'LAK',
  Malaysia: 'MYR',
  Myanmar: 'MMK',
  Nepal: 'NPR',
  Nigeria: 'NGN',
  Oman: 'OMR',
  Pakistan: 'PKR',
  Philippines: 'PHP',
  Qatar: 'QAR',
  Singapore: 'SGD',
  'Sri Lanka': 'LKR',
  Taiwan: 'TWD',
  Thailand: 'THB',
  'United Kingdom': 'GBP',
  'United States': 'USD',
  Vietnam: 'VND',
  Cambodia: 'KHR',
};

/**
 * The options a phrase is read with: the `currencyHint` of its source's country.
 *
 * @param entry - a corpus entry
 * @returns the options, or undefined when the source names no known country
 */
function hintFor(entry: {
  readonly source: { readonly country?: string };
}): ParseOptions | undefined {
  const country = entry.source.country;
  const hint = country === undefined ? undefined : COUNTRY_CURRENCY[country];
  return hint === undefined ? undefined : { currencyHint: hint };
}

/** No options: every entry read as a text of unknown origin. */
const noHint = (): ParseOptions | undefined => undefined;

/** The revision marker an extraction may carry, whatever its type says today. */
function markersOf(found: object): { revision?: string } {
  const revision = (found as { revision?: unknown }).revision;
  return typeof revision === 'string' ? { revision } : {};
}

/**
 * Counts the outcomes of a set of items.
 *
 * @param items - scored items
 * @returns the tally
 */
export function tally(items: readonly ScoredItem[]): Tally {
  const count = (o: Outcome) => items.filter((i) => i.outcome === o).length;
  return {
    total: items.length,
    right: count('right'),
    misread: count('misread'),
    refused: count('refused'),
    crashed: count('crashed'),
  };
}

/**
 * The tally of every kind tag that occurs, in a stable order (most items first). An item
 * with several tags counts under each.
 *
 * @param items - scored items
 * @returns `[tag, tally]` pairs
 */
export function tallyByTag(items: readonly ScoredItem[]): [string, Tally][] {
  const tags = [...new Set(items.flatMap((i) => i.tags))];
  return tags
    .map((tag): [string, Tally] => [tag, tally(items.filter((i) => i.tags.includes(tag)))])
    .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]));
}
