/** What an atom measures: money, time, a count of some noun, or a pure number. */
export type AtomKind = 'currency' | 'time' | 'count' | 'dimensionless';

/**
 * One factor of a unit with its power: `USD`, `year^-1`, `people`, `%`.
 * Atoms of the same kind and name (and price year) merge; a zero power drops out.
 */
export interface UnitAtom {
  readonly kind: AtomKind;
  /** `USD`, `year`, `people` (count nouns in their plural form), `%`, `pp`, `permille`, `bp`, `1`. */
  readonly name: string;
  /** A non-zero integer, e.g. -1 for `/year`. */
  readonly power: number;
  /** Currencies only: the price year of `USD@2023`. */
  readonly priceYear?: number;
}

/**
 * A unit: a product of atoms with integer powers. Units are interned, so two equal units
 * are the same object and `a === b` compares them.
 */
export interface Unit {
  /** Canonical order: numerator atoms, then denominator atoms; each by kind, then name. */
  readonly atoms: readonly UnitAtom[];
  /** Canonical text: `USD/year`, `people`, `%`, `1`, `USD@2023/year`. */
  readonly text: string;
  /**
   * What the unit can be converted into: units with equal dimensions convert by their
   * factors (`USD/month` and `USD/year` share `USD/year`; `%`, `permille` and `1` share `1`).
   */
  readonly dimension: string;
  /**
   * Size relative to the dimension's base unit: `%` is 0.01, `USD/month` is 12 (the base
   * is per year), `week` is 7/365.25 (a year is 365.25 days).
   */
  readonly factor: number;
  /** The canonical text, so `String(u)` and template literals print it. */
  toString(): string;
}
