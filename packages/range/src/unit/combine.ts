import { UnitMismatchError } from '../errors';
import { unitPowerOverflow } from '../messages';
import { atomsRatio, internAtoms, type Ratio, reduce, type UnitImpl } from './intern';
import { MAX_POWER } from './read-unit';

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
  const unit = internAtoms(
    raw
      .filter((atom) => atom.kind !== 'dimensionless')
      .map((atom) => (atom.kind === 'time' ? { ...atom, name: time as string } : atom)),
  );
  if (unit.atoms.some((atom) => Math.abs(atom.power) > MAX_POWER)) {
    throw new UnitMismatchError(
      unitPowerOverflow(sign > 0 ? 'multiply' : 'divide', left.text, right.text),
    );
  }
  // Numbers in the raw unit times rawRatio / unitRatio are numbers in `unit`.
  const [num, den] = atomsRatio(raw);
  const scale = reduce(num * unit.den, den * unit.num);
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
 * @throws {UnitMismatchError} when a power in the resulting unit would exceed 20
 */
export const combineUnits = (left: UnitImpl, right: UnitImpl, sign: number): Combined =>
  left === lastLeft && right === lastRight && sign === lastSign && last !== undefined
    ? last
    : lookup(left, right, sign);

/**
 * The exact ratio that turns numbers in `from` into numbers in `to`, for two units of one
 * dimension: `USD/month` to `USD/year` is 12/1.
 */
export const conversionRatio = (from: UnitImpl, to: UnitImpl): Ratio =>
  reduce(from.num * to.den, from.den * to.num);
