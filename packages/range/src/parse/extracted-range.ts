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
  /**
   * What the phrase is relative to, as written: `{ base: 'GDP' }` for "60% of GDP",
   * `{ base: 'residents' }` for "four in every 1,000 residents".
   */
  readonly context?: { readonly base?: string };
  /**
   * After a verb of revision ("revised the toll from 120 to 1,400"): `from` on the old
   * figure, `to` on the new one. They are two figures, not a range.
   */
  readonly revision?: 'from' | 'to';
}
