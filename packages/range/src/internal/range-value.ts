import { rangeToJSON } from '../json/to-json';
import type { RangeJSON } from '../json/types';
import type { Change, Meaning, Qualifier, Range } from '../range';
import type { Unit } from '../unit/types';

/**
 * The class behind every {@link Range}. It is not exported from the package: ranges come
 * from `range()`, `point()`, `rangeFromJSON()` and the operations, which check their
 * invariants, so arithmetic can trust any `RangeValue` it is given (an `instanceof` test).
 *
 * Instances are immutable by type and by convention, not frozen: every field is `readonly`
 * and nothing in the package writes to a range after making it, but `Object.freeze` on
 * every result would cost as much as the arithmetic itself (it is a runtime call that
 * changes the object's hidden class), so it is not done. Writing to a range through a
 * cast breaks the invariants the operations rely on.
 */
export class RangeValue implements Range {
  // `declare`: the constructor assigns the fields; a class field declaration would make
  // each instance define them first (as undefined) and then assign them, twice the work.
  declare readonly low: number;
  declare readonly high: number;
  declare readonly lowInclusive: boolean;
  declare readonly highInclusive: boolean;
  declare readonly unit: Unit;
  declare readonly qualifier: Qualifier;
  declare readonly meaning: Meaning;
  // Absent unless set, so `'central' in r` and JSON stay honest. Set last, so that the
  // fields every range has sit at the same place in every instance's layout.
  declare readonly central?: number;
  declare readonly sigFigs?: number;
  declare readonly change?: Change;

  /**
   * Makes a range from computed bounds, normalized: an open bound is exclusive (an
   * overflowed bound is open), bounds that coincide make a point, inclusive at both ends
   * (the one value the arithmetic proved), -0 is 0, and a central value is kept only if
   * finite and inside the closure of the bounds. For what `range()` has validated, these
   * change nothing. `change` is given only by `range()`: arithmetic does not carry it.
   */
  constructor(
    low: number,
    high: number,
    lowInclusive: boolean,
    highInclusive: boolean,
    unit: Unit,
    qualifier: Qualifier,
    meaning: Meaning,
    central: number | undefined,
    sigFigs: number | undefined,
    change?: Change,
  ) {
    const point = low === high;
    const li = point || (lowInclusive && low !== -Infinity);
    const hi = point || (highInclusive && high !== Infinity);
    this.low = low + 0;
    this.high = high + 0;
    this.lowInclusive = li;
    this.highInclusive = hi;
    this.unit = unit;
    this.qualifier = qualifier;
    this.meaning = meaning;
    if (central !== undefined && within(central, low, high, li, hi)) this.central = central + 0;
    if (sigFigs !== undefined) this.sigFigs = sigFigs;
    if (change !== undefined) this.change = change;
  }

  /** `JSON.stringify(r)` writes the canonical JSON form (see `rangeToJSON`). */
  toJSON(): RangeJSON {
    return rangeToJSON(this);
  }
}

/**
 * Whether `c` is finite and inside the closure of the bounds: a best guess may sit on an
 * exclusive bound ("nearly 18 million": [17.5, 18) million, central 18 million). Inclusivity
 * is kept in the signature for callers that pass it.
 */
const within = (c: number, low: number, high: number, _li: boolean, _hi: boolean): boolean =>
  Number.isFinite(c) && c >= low && c <= high;

/** Whether a value is a range made by this package. */
export const isRange = (value: unknown): value is RangeValue => value instanceof RangeValue;
