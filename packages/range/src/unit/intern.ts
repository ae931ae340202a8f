import { KIND_RANK, MAX_POWER, SIZES } from './atoms';
import { singularNoun } from './nouns';
import type { Unit, UnitAtom } from './types';

/**
 * The one deliberate cache of the package: every distinct unit exists once, so unit
 * equality is `===` and a unit check in arithmetic is a pointer comparison. The table only
 * grows; real programs use a handful of units.
 */
const interned = new Map<string, UnitImpl>();

/** A positive ratio of two integers, [numerator, denominator]. */
export type Ratio = readonly [number, number];

/** The class behind {@link Unit}; not exported from the package, so units come from `unit()`. */
export class UnitImpl implements Unit {
  // `declare`: assigned in the constructor, not redefined by class fields.
  declare readonly atoms: readonly UnitAtom[];
  declare readonly text: string;
  declare readonly dimension: string;
  declare readonly factor: number;
  /** `factor` as the exact ratio num / den of integers (internal, for sound conversion). */
  declare readonly num: number;
  declare readonly den: number;

  constructor(atoms: readonly UnitAtom[], text: string, dimension: string, [num, den]: Ratio) {
    this.atoms = atoms;
    this.text = text;
    this.dimension = dimension;
    this.factor = num / den;
    this.num = num;
    this.den = den;
    Object.freeze(this);
  }

  toString(): string {
    return this.text;
  }

  toJSON(): string {
    return this.text;
  }
}

/** `USD@2023`, `person` (a count noun in a denominator reads as English), `year^2`. */
function atomText(atom: UnitAtom, power: number): string {
  const word = power < 0 && atom.kind === 'count' ? singularNoun(atom.name) : atom.name;
  const name = atom.priceYear === undefined ? word : `${word}@${atom.priceYear}`;
  return power === 1 || power === -1 ? name : `${name}^${power < 0 ? -power : power}`;
}

/** Merges like atoms (adding powers), drops zero powers and `1`, and sorts canonically. */
export function normalizeAtoms(atoms: readonly UnitAtom[]): UnitAtom[] {
  const merged = new Map<string, UnitAtom>();
  for (const atom of atoms) {
    // Kind, name and price year identify an atom; its power is what merges.
    const key = `${atom.kind} ${atomText(atom, 1)}`;
    const existing = merged.get(key);
    merged.set(key, existing ? { ...existing, power: existing.power + atom.power } : atom);
  }
  return [...merged.values()]
    .filter((atom) => atom.power !== 0 && atom.name !== '1')
    .sort(
      (a, b) =>
        // Numerators before denominators, then by kind, name and price year.
        (a.power > 0 ? 0 : 1) - (b.power > 0 ? 0 : 1) ||
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        (a.priceYear ?? 0) - (b.priceYear ?? 0),
    );
}

/** `USD*people/year^2`; `1/year` when there is no numerator; `1` when there are no atoms. */
function atomsText(atoms: readonly UnitAtom[]): string {
  const side = (inDenominator: boolean, joint: string): string =>
    atoms
      .filter((atom) => atom.power < 0 === inDenominator)
      .map((atom) => atomText(atom, atom.power))
      .join(joint);
  const denominator = side(true, '/');
  return (side(false, '*') || '1') + (denominator && `/${denominator}`);
}

/**
 * The size of a list of atoms relative to their dimension's base, as integers whose ratio is
 * exact while they stay below 2^53 (every unit with powers of a few; see `MAX_POWER`).
 * Beyond that the integers are rounded, and `isExactRatio` says so, so that arithmetic
 * widens its bounds instead of trusting them. Currencies and count nouns have size 1.
 */
export function atomsRatio(atoms: readonly UnitAtom[]): Ratio {
  let numerator = 1;
  let denominator = 1;
  for (const { kind, name, power } of atoms) {
    const [num, den] =
      kind === 'time' || kind === 'dimensionless' ? (SIZES[name] ?? [1, 1]) : [1, 1];
    numerator *= (power > 0 ? num : den) ** Math.abs(power);
    denominator *= (power > 0 ? den : num) ** Math.abs(power);
  }
  return reduce(numerator, denominator);
}

/** Whether both parts of a ratio are integers below 2^53, so the ratio is exact. */
export const isExactRatio = (ratio: Ratio): boolean =>
  Number.isSafeInteger(ratio[0]) && Number.isSafeInteger(ratio[1]);

/** num / den in lowest terms, when both are safe integers (otherwise as given). */
export function reduce(num: number, den: number): Ratio {
  if (!isExactRatio([num, den])) return [num, den];
  let a = num;
  let b = den;
  while (b !== 0) [a, b] = [b, a % b];
  return [num / a, den / a];
}

/** Whether a value is a unit made by this package. */
export const isUnit = (value: unknown): value is UnitImpl => value instanceof UnitImpl;

/**
 * Why a product of atoms cannot be a unit: an atom whose merged power is beyond
 * ±{@link MAX_POWER}, or a size (factor) that a double cannot hold, which would make every
 * conversion through it Infinity or 0.
 */
export type UnitOverflow =
  | { readonly kind: 'power'; readonly atom: UnitAtom }
  | { readonly kind: 'size' };

/** Whether both parts of a ratio, and the ratio itself, are finite and positive. */
export const isFiniteRatio = ([num, den]: Ratio): boolean => {
  const value = num / den;
  return num > 0 && den > 0 && value > 0 && value < Infinity && num < Infinity && den < Infinity;
};

/**
 * The interned unit for a list of atoms (in any order, possibly unmerged). Its dimension
 * is the unit of its base atoms: time atoms become `year`, dimensionless ones vanish.
 *
 * @param atoms - the atoms, e.g. from `readUnit`
 * @param refuse - called (and expected to throw) when the atoms make no computable unit,
 *   before anything is interned; each caller throws the error its operation calls for
 * @returns the one `Unit` object for their canonical form
 */
export function internAtoms(
  atoms: readonly UnitAtom[],
  refuse: (overflow: UnitOverflow) => never,
): UnitImpl {
  const normal = normalizeAtoms(atoms);
  const text = atomsText(normal);
  let made = interned.get(text);
  if (made === undefined) {
    const tooHigh = normal.find((atom) => Math.abs(atom.power) > MAX_POWER);
    if (tooHigh !== undefined) refuse({ kind: 'power', atom: tooHigh });
    const ratio = atomsRatio(normal);
    if (!isFiniteRatio(ratio)) refuse({ kind: 'size' });
    const base = normal
      .filter((atom) => atom.kind !== 'dimensionless')
      .map((atom) => (atom.kind === 'time' ? { ...atom, name: 'year' } : atom));
    const dimension = atomsText(normalizeAtoms(base));
    const frozen = Object.freeze(normal.map((atom) => Object.freeze({ ...atom })));
    made = new UnitImpl(frozen, text, dimension, ratio);
    interned.set(text, made);
  }
  return made;
}
