import { UnitMismatchError } from '../errors';
import { unitPowerOverflow, unitRatioOverflow, unitSizeOverflow } from '../messages';
import {
  atomsRatio,
  internAtoms,
  isFiniteRatio,
  normalizeAtoms,
  type Ratio,
  reduce,
  type UnitImpl,
  type UnitOverflow,
} from './intern';

/** The unit of a product or quotient, and the factor its numbers must be multiplied by. */
export interface Combined {
  readonly unit: UnitImpl;
  /** value in the raw product unit = value in `unit` / scale; i.e. multiply numbers by it */
  readonly scale: Ratio;
  readonly scaleIsOne: boolean;
}

/**
 * Combines two units for `mul` (sign 1) or `div` (sign -1). The rules, in order:
 * 1. equal atoms merge and cancel: `USD/year` ÷ `USD/year` is `1`;
 * 2. time atoms of different sizes merge into the left operand's first one, folding the
 *    size into the numbers: `USD/month` × `year` is `USD` times 12;
 * 3. dimensionless atoms (`%`, `pp`, `permille`, `bp`) fold into the numbers: 60% of
 *    USD 10 billion is USD 6 billion, not 600 `%*USD`; a ratio of two like quantities is
 *    in `1` (0.38, which `convert(r, '%')` shows as 38).
 * Currencies, price years and count nouns never merge with one another.
 */
function combine(left: UnitImpl, right: UnitImpl, sign: number): Combined {
  const raw = [
    ...left.atoms,
    ...right.atoms.map((atom) => ({ ...atom, power: atom.power * sign })),
  ];
  // Rule 2: every time atom becomes the first one met, reading the left operand first.
  const time = raw.find((atom) => atom.kind === 'time')?.name;
  const operation = sign > 0 ? 'multiply' : 'divide';
  const refuse = (overflow: UnitOverflow): never => {
    throw new UnitMismatchError(
      overflow.kind === 'power'
        ? unitPowerOverflow(operation, left.text, right.text)
        : unitSizeOverflow(operation, left.text, right.text),
    );
  };
  const unit = internAtoms(
    raw
      .filter((atom) => atom.kind !== 'dimensionless')
      .map((atom) => (atom.kind === 'time' ? { ...atom, name: time as string } : atom)),
    refuse,
  );
  // Numbers in the raw unit times rawRatio / unitRatio are numbers in `unit`; a factor a
  // double cannot hold would turn every bound into Infinity or 0.
  // Like atoms merged first, so `hour^20` over `hour^20` is 1 rather than 7e78 / 7e78.
  const [num, den] = atomsRatio(normalizeAtoms(raw));
  const scale = reduce(num * unit.den, den * unit.num);
  if (!isFiniteRatio(scale)) refuse({ kind: 'size' });
  return { unit, scale, scaleIsOne: scale[0] === 1 && scale[1] === 1 };
}

/**
 * Products and quotients of unit pairs, computed once, keyed by the operation and the two
 * canonical texts (interned units make the texts stable).
 */
const combined = new Map<string, Combined>();

// The last pair looked up, and for which operation: arithmetic in a loop mostly repeats
// one pair, and then the lookup is three comparisons the compiler can inline.
let lastLeft: UnitImpl | undefined;
let lastRight: UnitImpl | undefined;
let lastSign = 0;
let last: Combined | undefined;

function lookup(left: UnitImpl, right: UnitImpl, sign: number): Combined {
  const key = `${left.text} ${sign} ${right.text}`;
  let found = combined.get(key);
  if (found === undefined) {
    found = combine(left, right, sign);
    combined.set(key, found);
  }
  lastLeft = left;
  lastRight = right;
  lastSign = sign;
  last = found;
  return found;
}

/**
 * The unit of `left × right` (sign 1) or `left ÷ right` (sign -1), and the factor to apply
 * to the product or quotient of the numbers.
 *
 * @throws {UnitMismatchError} when a power in the resulting unit would exceed 20, or its
 *   size relative to the operands' would not fit in a double
 */
export const combineUnits = (left: UnitImpl, right: UnitImpl, sign: number): Combined =>
  left === lastLeft && right === lastRight && sign === lastSign && last !== undefined
    ? last
    : lookup(left, right, sign);

/**
 * The exact ratio that turns numbers in `from` into numbers in `to`, for two units of one
 * dimension: `USD/month` to `USD/year` is 12/1.
 *
 * @throws {UnitMismatchError} when the ratio is beyond what a double holds (units such as
 *   `bp^20` and `1/bp^20` share a dimension, but 1e160 apart)
 */
export function conversionRatio(from: UnitImpl, to: UnitImpl): Ratio {
  const ratio = reduce(from.num * to.den, from.den * to.num);
  if (!isFiniteRatio(ratio)) throw new UnitMismatchError(unitRatioOverflow(from.text, to.text));
  return ratio;
}
