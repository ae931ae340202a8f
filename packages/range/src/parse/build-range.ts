import { checkedRange, type RangeSettings } from '../internal/checked-range';
import type { Range } from '../range';
import type { Unit } from '../unit/types';
import { atomKindOf, unitOfWords } from '../unit/unit-of-words';
import { BARE_DOLLAR } from './lexicon/currencies';
import { countNoun } from './lexicon/nouns';
import type { ResolvedOptions } from './options';
import type { Reading } from './reading';

/**
 * The unit a reading names: its currency, ratio or counted noun (or `1`), over its period.
 *
 * @param reading - what the phrase said
 * @param options - resolved options (the bare dollar's currency)
 * @returns the interned unit
 */
export function unitOf(reading: Reading, options: ResolvedOptions): Unit {
  const top =
    reading.currency !== undefined
      ? reading.currency === BARE_DOLLAR
        ? options.dollar
        : reading.currency
      : (reading.ratio ?? reading.noun ?? '1');
  // A bare dollar as a denominator ("per dollar") is the `dollar` option's currency too.
  const per = reading.per.map((p) => (p === BARE_DOLLAR ? options.dollar : p));
  return unitOfWords(top, per);
}

/**
 * Makes the `Range` a reading describes.
 *
 * @param reading - what the phrase said
 * @param options - resolved options
 * @returns the range
 * @throws {InvalidRangeError} if the reading's bounds are inconsistent (a parser bug)
 */
export function buildRange(reading: Reading, options: ResolvedOptions): Range {
  // Every field, present or not: one shape for every call, where setting only the present
  // fields made a shape per combination, and the optimised code of `checkedRange`, which
  // reads them, was thrown away whenever a garbage collection found one unused.
  const settings: RangeSettings = {
    lowInclusive: reading.lowInclusive,
    highInclusive: reading.highInclusive,
    qualifier: reading.qualifier,
    central: reading.central,
    sigFigs: reading.sigFigs,
    meaning: reading.meaning,
    change: reading.change,
  };
  return checkedRange(reading.low, reading.high, unitOf(reading, options), asIs, settings);
}

/** The unit the reading's words made, already interned. */
const asIs = (u: Unit): Unit => u;

/**
 * Whether a noun makes a unit (a count noun or a time word), so the parser never builds
 * a phrase around a word `unit()` would reject. Answers are cached.
 */
const nounCache = new Map<string, boolean>();

/**
 * @param noun - the lower-case word after a number
 * @returns whether `unit(noun)` reads it as a count or a time unit
 */
export function isUnitNoun(noun: string): boolean {
  const known = nounCache.get(noun);
  if (known !== undefined) return known;
  const kind = atomKindOf(noun);
  const ok = kind === 'count' || kind === 'time';
  // Bounded: nouns are words of at most 30 letters, but prose has many; keep the cache small.
  if (nounCache.size > 4096) nounCache.clear();
  nounCache.set(noun, ok);
  return ok;
}

/**
 * The counted noun a word after a number names, when `unit()` reads it as a count or a
 * time unit ("people", "victims", "years"), else undefined.
 *
 * @param word - the word as written
 * @param one - whether the number is 1, so a singular counts ("1 victim")
 * @returns the noun, or undefined
 */
export function unitNounOf(word: string, one: boolean): string | undefined {
  const noun = countNoun(word, one);
  return noun !== undefined && isUnitNoun(noun) ? noun : undefined;
}
