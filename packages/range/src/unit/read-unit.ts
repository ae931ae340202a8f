import { UnitSyntaxError } from '../errors';
import {
  unitBadPower,
  unitBadPriceYear,
  unitEmpty,
  unitExpectedAtom,
  unitPowerTooHigh,
  unitPriceYearNotCurrency,
  unitUnexpected,
} from '../messages';
import { MAX_POWER } from './atoms';
import { ATOM_PATTERN, readWord } from './read-word';
import type { UnitAtom } from './types';

// The tokens, each matched where the reader stands (sticky). Space is ASCII whitespace.
const SPACE = /[ \t\n\r]*/y;
/** A symbol, `1` (not the start of a number), or a word; `man-hours` is one word. */
const ATOM = new RegExp(ATOM_PATTERN, 'y');
const PRICE_YEAR = /@(\d*)/y;
const POWER = /\^[ \t\n\r]*(-?)(\d*)/y;
/** `*`, `·`, `/`, or the word `per` (not the start of a longer word). */
const OPERATOR = /[*·/]|per(?![A-Za-z-])/y;

/**
 * Reads a unit expression into its atoms, in the order written, with `/` making the next
 * atom's power negative: `USD/person/year` is USD, person^-1, year^-1. One left-to-right
 * pass, so time is linear in the length of the input.
 *
 * Grammar: `term (('*' | '·' | '/' | 'per') term)*`, `term = atom ('^' '-'? digits)?`,
 * `atom = '1' | '%' | '‰' | '‱' | word ('@' yyyy)?`, with spaces between tokens.
 *
 * @param input - the unit text
 * @returns the atoms as written (not yet merged or ordered)
 * @throws {UnitSyntaxError} at the position of the first character that does not fit, or
 *   at the last atom of a kind whose powers add up beyond ±20
 * @throws {UnknownCurrencyError} for a three-letter upper-case code that is not ISO 4217
 */
export function readUnit(input: string): UnitAtom[] {
  const atoms: UnitAtom[] = [];
  let i = 0;
  /** Matches `token` where the reader stands and moves past it; null when it does not. */
  const take = (token: RegExp): RegExpExecArray | null => {
    token.lastIndex = i;
    const match = token.exec(input);
    if (match !== null) i = token.lastIndex;
    return match;
  };
  const fail = (message: string, position: number): never => {
    throw new UnitSyntaxError(message, input, position);
  };

  take(SPACE);
  if (i === input.length) fail(unitEmpty(input), 0);
  let sign = 1;
  let after = ''; // the operator just read, for "expected a unit after ..." messages
  // Each atom's power so far, and where it was last written: the cap applies to the sum, so
  // `USD/hour^20/hour^20` is refused at its second `hour` rather than becoming `hour^-40`.
  const powers = new Map<string, { readonly name: string; power: number; at: number }>();
  for (;;) {
    take(SPACE);
    const start = i;
    const word = take(ATOM)?.[0];
    // `USD per year`: the word `per` is an operator, so here it stands where a unit should.
    if (word === undefined || word === 'per') {
      if (word === undefined && i < input.length) fail(unitUnexpected(input, i, input[i] ?? ''), i);
      fail(unitExpectedAtom(input, start, after), start);
    }
    const [kind, name] = readWord(input, start, word as string);
    const at = i;
    const year = take(PRICE_YEAR)?.[1];
    if (year !== undefined) {
      if (kind !== 'currency') fail(unitPriceYearNotCurrency(input, at, name), at);
      if (year.length !== 4) fail(unitBadPriceYear(input, at), at);
    }
    take(SPACE);
    const caret = i;
    const power = take(POWER);
    const value = Number(power?.[2] ?? 1);
    if (!(value >= 1 && value <= MAX_POWER && (power?.[2]?.length ?? 0) <= 2)) {
      fail(unitBadPower(input, caret), caret);
    }
    const atom = { kind, name, power: sign * (power?.[1] ? -value : value) };
    atoms.push(year === undefined ? atom : { ...atom, priceYear: Number(year) });
    const key = `${kind} ${name}@${year ?? ''}`;
    const sum = powers.get(key) ?? { name, power: 0, at: start };
    sum.power += atom.power;
    sum.at = start;
    powers.set(key, sum);
    take(SPACE);
    if (i === input.length) {
      for (const { name, power, at } of powers.values()) {
        if (Math.abs(power) > MAX_POWER) fail(unitPowerTooHigh(input, at, name, power), at);
      }
      return atoms;
    }
    const operator = take(OPERATOR)?.[0];
    if (operator === undefined) fail(unitUnexpected(input, i, input[i] ?? ''), i);
    sign = operator === '/' || operator === 'per' ? -1 : 1;
    after = operator as string;
  }
}
