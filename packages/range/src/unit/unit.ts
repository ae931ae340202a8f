import { InvalidRangeError, UnitSyntaxError } from '../errors';
import { describe, mustBe, unitSizeTooLarge } from '../messages';
import { internAtoms, isUnit } from './intern';
import { readUnit } from './read-unit';
import type { Unit } from './types';

const notAUnit = (value: unknown): string =>
  mustBe('unit', 'a Unit or a unit string such as "USD/year"', value);

/** Unit texts already read, so `unit('USD/year')` in a loop costs one map lookup. */
const byText = new Map<string, Unit>();

/**
 * Reads a unit expression into its interned {@link Unit}. Two texts that mean the same unit
 * give the same object: `unit('USD/year') === unit('USD / years')`.
 *
 * Atoms: ISO 4217 currencies (`USD`, `KHR`; with a price year `USD@2023`); time (`year`,
 * `quarter`, `month`, `week`, `day`, `hour`, plurals, and `yr`, `qtr`, `mo`, `wk`, `d`, `h`,
 * `hr`); dimensionless (`1`, `%`, `pp`,
 * `permille`, `bp`); any other lowercase word is a count noun, singular or plural
 * (`person` and `people` are one unit, written `people`). Join atoms with `*`, `/` or
 * `per`; give powers with `^`: `USD/person/year`, `USD*people`, `hour^-1`.
 *
 * @param text - the unit expression
 * @returns the interned unit
 * @throws {UnitSyntaxError} when the text cannot be read (`position` says where), when the
 *   powers of one atom add up beyond ±20, or when the unit's size does not fit in a double
 * @throws {UnknownCurrencyError} for a three-letter code that is not an ISO 4217 currency
 * @example
 * ```ts
 * String(unit('USD / years')); // => 'USD/year'
 * unit('person') === unit('people'); // => true
 * unit('USD/month').factor; // => 12
 * String(unit('USD/hr')); // => 'USD/hour'
 * ```
 */
export function unit(text: string): Unit {
  // `describe`, not `String`: an object without a prototype has no `toString` to call.
  if (typeof text !== 'string') throw new UnitSyntaxError(notAUnit(text), describe(text), 0);
  const known = byText.get(text);
  if (known !== undefined) return known;
  // readUnit has refused powers beyond the cap; what is left is a size beyond a double.
  const made = internAtoms(readUnit(text), () => {
    throw new UnitSyntaxError(unitSizeTooLarge(text), text, 0);
  });
  byText.set(text, made);
  return made;
}

/**
 * A unit given as a `Unit` or as text, as every function taking a unit accepts.
 *
 * @param value - a `Unit` or a unit expression
 * @returns the interned unit
 * @throws {UnitSyntaxError | UnknownCurrencyError} for bad text; {InvalidRangeError} for anything else
 */
export function toUnit(value: Unit | string): Unit {
  if (isUnit(value)) return value;
  if (typeof value === 'string') return unit(value);
  throw new InvalidRangeError(notAUnit(value), 'unit');
}
