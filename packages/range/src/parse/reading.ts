import type { Qualifier } from '../range';
import type { CurrencyRef } from './lexicon/currencies';
import type { RatioUnit } from './lexicon/ratio-units';
import type { NoteMeaning } from './read-notes';

/** The qualifiers a phrase can carry: those a range carries. */
export type ReadQualifier = Qualifier;

/**
 * Whether a phrase is a year, date, time or label rather than a quantity: `strong` when
 * the words around it say so ("in 2025", "May 20", "Table 1"), `weak` when it only looks
 * like one (a bare 2025). See `nonQuantity`.
 */
export type NonQuantity = 'no' | 'weak' | 'strong';

/** The numeric part of a reading. */
export interface Bounds {
  readonly low: number;
  readonly high: number;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
  readonly central: number | undefined;
  readonly qualifier: ReadQualifier;
  readonly sigFigs: number | undefined;
}

/** Everything a phrase says, in plain data, before it becomes a `Range`. */
export interface Reading extends Bounds {
  /** Index of the phrase's first token, and of the token after its last. */
  readonly first: number;
  readonly next: number;
  /**
   * Where reading resumes: past the base of a share ("of the two provinces' revenue"),
   * which is context, not part of the phrase, and holds no figure of its own.
   */
  readonly resume: number;
  readonly currency: CurrencyRef | undefined;
  readonly ratio: RatioUnit | undefined;
  /** The counted noun in lower case (`people`), and as written. */
  readonly noun: string | undefined;
  readonly nounText: string | undefined;
  /**
   * Denominators in the order written: periods and per-nouns ("per worker per month" is
   * `['worker', 'month']`).
   */
  readonly per: readonly string[];
  /** What a ratio is a share of: "GDP" in "60% of GDP". */
  readonly base: string | undefined;
  /** What the range stands for, when a note or "±" says: `(90% interval)`. */
  readonly meaning: NoteMeaning | undefined;
  readonly nonQuantity: NonQuantity;
  /** A lone number word with nothing around it ("one of them"): rarely a quantity. */
  readonly bareWord: boolean;
  /** A stated change: "fell 2.6%" is a `fall`, "rose 3%" a `rise`. */
  readonly change: 'rise' | 'fall' | undefined;
  /** After a verb of revision: "revised the toll from 120 to 1,400" marks 120 `from`. */
  readonly revision: 'from' | 'to' | undefined;
  /** A scale word is written, or shared from the other figure: "5 million", "$2bn". */
  readonly scaled: boolean;
}
