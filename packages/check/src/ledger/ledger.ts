import type { Range } from '@reckon/range';
import type { Dossier, Estimate } from '@reckon/schema';
import type { EstimateIndex } from './estimate-index';

/** An estimate of the dossier with its range read, and the words messages name it by. */
export interface EstimateEntry {
  readonly estimate: Estimate;
  readonly range: Range;
  /** The report it sits in, when it sits in one. */
  readonly reportId?: string;
  /** The metric in quotes, for naming it again once `words` has introduced it. */
  readonly name: string;
  /** The metric, place, range and source in words, for messages. */
  readonly words: string;
}

/** A dossier read once for every check and derivation. */
export interface Ledger {
  readonly dossier: Dossier;
  /** Every estimate, those in reports first, in document order. */
  readonly estimates: readonly EstimateEntry[];
  readonly byId: ReadonlyMap<string, EstimateEntry>;
  /** The estimates with a metric key, by metric, place and period. */
  readonly index: EstimateIndex;
  readonly rates: readonly Range[];
}
