import type { Range } from '../range';

/** One quantity phrase found in a text by {@link extractRanges}. */
export interface ExtractedRange {
  readonly range: Range;
  /** Offset of the phrase's first character, in UTF-16 code units (as JS strings index). */
  readonly start: number;
  /** Offset just past its last character: `text === input.slice(start, end)`. */
  readonly end: number;
  readonly text: string;
  /** The counted noun as written: "people" in "350,000 people". */
  readonly noun?: string;
  /** What the phrase is relative to: `{ base: 'GDP' }` for "60% of GDP". */
  readonly context?: { readonly base?: string };
}
