import type { Geography, Period } from '@reckon/schema';
import type { DerivedFigure } from '../derived-figure';

/**
 * One side of a derivation whose place and period should match the other side's for the
 * figure to mean what its label says: an estimate, or the base a share describes.
 */
export interface Side {
  /** The estimate this side comes from. */
  readonly id: string;
  /** A short name: the metric in quotes, or "the base of “…” (GDP of Cambodia)". */
  readonly name: string;
  /** The name with place, range and source, for a message that introduces it. */
  readonly words: string;
  readonly geography?: readonly Geography[];
  readonly period?: Period;
}

/**
 * A derived figure with what the checks need to know about it: which sides should agree on
 * place (`scopeSides`) and on period (`periodSides`). A part-of-whole share compares periods
 * only, since its places differ by design.
 */
export interface Derivation {
  readonly figure: DerivedFigure;
  readonly scopeSides: readonly Side[];
  readonly periodSides: readonly Side[];
}
