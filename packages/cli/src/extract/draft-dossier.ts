import { type ExtractedRange, rangeToJSON, unit } from '@reckon/range';
import { SCHEMA_VERSION } from '@reckon/schema';
import { QUOTE_CAP, sentencesAround } from './sentences-around';

/** The id the draft gives the text the estimates were found in. */
const SOURCE_ID = 'source';

/** What a draft says where a person must fill in: every `metric` starts with it. */
export const TODO = 'TODO:';

/** Keep texts within the schema's limit for a short phrase. */
const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * A draft dossier of the estimates found in a text, for a researcher to complete: each
 * estimate has its range, the sentence it was found in as a quote (cut to
 * {@link QUOTE_CAP} characters around the phrase, `…` marking a cut), the base of a share when
 * the text names one ("of GDP"), and a `metric` starting with `TODO:` that says which phrase
 * it came from. The draft is valid as it stands, so it can be rendered and reviewed at once;
 * the `TODO:` markers are what is left to do (with geography, period and provenance).
 *
 * @param found - what `extractRanges` found in `text`
 * @param text - the text itself
 * @param sourceName - how to describe the text, e.g. its file name
 * @returns a dossier as plain JSON data
 * @throws never
 * @example
 * ```ts
 * const text = 'Estimates range from $12.5 to $19 billion per year.';
 * const draft = draftDossier(extractRanges(text), text, 'article.txt');
 * draft.estimates[0]?.range.unit; // => 'USD/year'
 * draft.estimates[0]?.quotes; // => [{ text: 'Estimates range from $12.5 to $19 billion per year.', sourceId: 'source' }]
 * ```
 */
export function draftDossier(found: readonly ExtractedRange[], text: string, sourceName: string) {
  const dimensionless = unit('1').dimension;
  const quotes = sentencesAround(text, found);
  return {
    schemaVersion: SCHEMA_VERSION,
    title: clip(`Estimates found in ${sourceName}`, 2000),
    sources: [{ id: SOURCE_ID, kind: 'other', description: clip(sourceName, 1000) }],
    estimates: found.map((item, i) => ({
      id: `estimate-${i + 1}`,
      metric: clip(`${TODO} what “${item.text}” measures`, 1000),
      range: rangeToJSON(item.range),
      quotes: [
        {
          text: quotes[i]!,
          sourceId: SOURCE_ID,
        },
      ],
      ...(item.context?.base !== undefined && item.range.unit.dimension === dimensionless
        ? { relativeTo: { metric: clip(item.context.base, 1000) } }
        : {}),
    })),
  };
}
