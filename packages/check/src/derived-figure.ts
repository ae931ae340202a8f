import type { Range, RangeJSON } from '@reckon/range';

/**
 * What a derived figure is:
 * - `implied-base`: the base a share implies, numerator ÷ share (the sound reading);
 * - `paired-base`: the base implied if a stated bound of the share belongs to the same bound of
 *   the numerator ("$12.5–19 billion, as much as 60% of GDP" read as $19 billion = 60%);
 * - `paired-share`: the share the rest of the numerator then implies, numerator ÷ paired base;
 * - `share-from-base`: a share computed from its numerator and a base estimate in the dossier;
 * - `implied-numerator`: share × base, when a share has a known base but no numerator;
 * - `part-of-whole`: a part's share of the whole, for one metric at nested places;
 * - `per-unit`: money ÷ a count (revenue per worker).
 */
export type DerivedKind =
  | 'implied-base'
  | 'paired-base'
  | 'paired-share'
  | 'share-from-base'
  | 'implied-numerator'
  | 'part-of-whole'
  | 'per-unit';

/**
 * One operand of a derivation: an estimate or an earlier derived figure (`source`), by id; which
 * part of its range was used (`take`: all of it, its `low` or `high` end as a point, its
 * `positive` part, as for a share of a positive quantity whose lower bound is open, or its part
 * that a `share` of a whole can take, above 0 and at most 100%); and, when
 * its currency had to be converted, the `rate` (JSON form) it was multiplied by, in target
 * currency per its own (a caller's `KHR/USD` rate is applied as `USD/KHR` to riel).
 */
export interface Operand {
  readonly ref: string;
  readonly source: 'estimate' | 'figure';
  readonly take: 'all' | 'low' | 'high' | 'positive' | 'share';
  readonly rate?: RangeJSON;
}

/**
 * How a figure was computed, in words and in a machine form a reader can re-run: `op` applied
 * to the two `operands` in order, with the result expressed in `unit`.
 */
export interface Operation {
  readonly op: 'div' | 'mul';
  readonly operands: readonly [Operand, Operand];
  /** The unit of the result, as text: `%`, `USD/year`, `USD/person/year`. */
  readonly unit: string;
  /** The computation in words: "revenue from scam operations in Cambodia ÷ …". */
  readonly words: string;
}

/**
 * The relation in the dossier that licenses a derivation; no figure is derived without one:
 * - `numerator`: a share names its numerator (`numeratorEstimateId`) and its base
 *   (`relativeTo`), so the base follows (`implied-base`, `paired-base`, `paired-share`);
 * - `base`: a share's base is an estimate in the dossier (`relativeTo.estimateId`, or its
 *   `metricKey` at the same place), so the share or its amount follows (`share-from-base`,
 *   `implied-numerator`);
 * - `place`: one metric at two places, one inside the other (`part-of-whole`);
 * - `part-of`: a metric declared part of another (`metrics[].partOf`) at one place
 *   (`part-of-whole`);
 * - `same-subject`: money and a count of one metric family (`scam-revenue` and
 *   `scam-labour-force`) or of metrics declared related, for the same place or the count's
 *   place inside the money's (`per-unit`).
 */
export interface Licence {
  readonly kind: 'numerator' | 'base' | 'place' | 'part-of' | 'same-subject';
  /** The relation in words: "“…” names “…” as its numerator". */
  readonly words: string;
}

/**
 * A figure that a dossier's estimates imply, with what it was computed from so a reader can
 * audit it: `inputs` are the ids of the estimates behind it, `operation` how, and `notes` what
 * it assumes and what to beware of.
 */
export interface DerivedFigure {
  /** Stable within a dossier: `per-unit:regional-scam-revenue/scam-labour-force`. */
  readonly id: string;
  readonly kind: DerivedKind;
  /** What the figure is, in words. */
  readonly label: string;
  /** Computed with @reckon/range arithmetic: it holds every value the inputs allow. */
  readonly range: Range;
  readonly inputs: readonly string[];
  readonly operation: Operation;
  /** The relation that licenses the figure. */
  readonly licence: Licence;
  readonly notes: readonly string[];
}
