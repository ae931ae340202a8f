import type { CurrencyRef } from './lexicon/currencies';
import type { RatioUnit } from './lexicon/ratio-units';

/**
 * The numeric heart of a phrase, before comparatives, periods and nouns: one quantity
 * ("$12.5 billion"), two joined into a range ("$12.5 to $19 billion", "between 50 and 75"),
 * a plus-minus pair ("15 ± 5"), or a vague magnitude ("tens of thousands").
 */
export interface Core {
  readonly first: number;
  readonly next: number;
  readonly kind: 'single' | 'range' | 'vague';
  readonly low: number;
  readonly high: number;
  /** Significant figures of the low and high ends as written; undefined for words. */
  readonly lowSigFigs: number | undefined;
  readonly highSigFigs: number | undefined;
  readonly currency: CurrencyRef | undefined;
  readonly ratio: RatioUnit | undefined;
  /** Every end is a bare four-digit number from 1900 to 2100. */
  readonly yearShaped: boolean;
  /** Some end carries a scale word ("million"). */
  readonly scaled: boolean;
  /** Every end is written in words ("two to three"). */
  readonly words: boolean;
  /** "15 ± 5": the centre; the range is a plus-minus one. */
  readonly central: number | undefined;
  readonly plusMinus: boolean;
  /** The counted noun a vague magnitude names with "of" ("tens of thousands of victims"). */
  readonly noun: { readonly text: string; readonly index: number } | undefined;
  /** A share in words ("two-thirds", "one in five"): the noun after it is its base. */
  readonly share: boolean;
}
