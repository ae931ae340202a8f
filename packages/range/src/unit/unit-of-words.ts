import { UnitSyntaxError } from '../errors';
import { unitPowerTooHigh, unitSizeTooLarge, unitUnexpected } from '../messages';
import { internAtoms } from './intern';
import { ATOM_PATTERN, readWord } from './read-word';
import type { AtomKind, Unit, UnitAtom } from './types';

/**
 * The parser's way to a unit: it already holds the words one by one (a currency, a noun,
 * the periods after "per"), so it builds the unit from them rather than writing a unit
 * expression for `unit()` to read back. An app that parses but never calls `unit()` then
 * leaves the expression reader (its grammar and its messages) out of its bundle. Each word
 * is read exactly as `unit()` reads it (`readWord`), so both give the same unit.
 */

/** One atom, the whole word: what `unit()` accepts as a unit of a single word. */
const WHOLE_ATOM = new RegExp(`^(?:${ATOM_PATTERN})$`);

/**
 * The kind of atom one word names, as `unit(word)` reads it.
 *
 * @param word - a word, e.g. a noun after a number
 * @returns its kind, or undefined when `unit(word)` would refuse it (`per`, a mistyped
 *   unit such as `yeer`, a word with other characters)
 */
export function atomKindOf(word: string): AtomKind | undefined {
  if (word === 'per' || !WHOLE_ATOM.test(word)) return undefined;
  try {
    return readWord(word, 0, word)[0];
  } catch {
    return undefined;
  }
}

/** Units already built, by the text `unit()` would have read, so a repeat costs one lookup. */
const byText = new Map<string, Unit>();

/**
 * The unit `top/per[0]/per[1]/…`: the same interned unit as `unit('USD/worker/month')`.
 *
 * @param top - the numerator's one word: a currency code, a ratio (`%`), a noun, or `1`
 * @param per - the denominators' words, in the order written
 * @returns the interned unit
 * @throws {UnitSyntaxError | UnknownCurrencyError} for a word `unit()` would refuse, with
 *   its position in the text `top/per/…`
 */
export function unitOfWords(top: string, per: readonly string[]): Unit {
  const text = per.length === 0 ? top : `${top}/${per.join('/')}`;
  const known = byText.get(text);
  if (known !== undefined) return known;
  let at = 0;
  const atoms = [top, ...per].map((word, i): UnitAtom => {
    const start = at;
    at += word.length + 1;
    if (word === 'per' || !WHOLE_ATOM.test(word)) {
      throw new UnitSyntaxError(unitUnexpected(text, start, word), text, start);
    }
    const [kind, name] = readWord(text, start, word);
    return { kind, name, power: i === 0 ? 1 : -1 };
  });
  const made = internAtoms(atoms, (overflow) => {
    const message =
      overflow.kind === 'power'
        ? unitPowerTooHigh(text, 0, overflow.atom.name, overflow.atom.power)
        : unitSizeTooLarge(text);
    throw new UnitSyntaxError(message, text, 0);
  });
  byText.set(text, made);
  return made;
}
