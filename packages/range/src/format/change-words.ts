import { FLIPPED_QUALIFIER } from '../internal/flip-qualifier';
import { RangeValue } from '../internal/range-value';
import type { Range } from '../range';
import { CHANGE_WORDS } from './words';

/**
 * A stated change as words and a size: -12% with `change: 'fall'` is "a fall of " and 12%;
 * +3% with `change: 'rise'` is "a rise of " and 3%. Only when the sign agrees with the
 * change (a fall is at most zero, a rise at least zero); otherwise the signed figure is
 * written as it stands.
 *
 * @param r - the range
 * @returns the words and the size to write after them, or undefined
 */
export function changeWords(r: Range): { words: string; magnitude: Range } | undefined {
  if (r.change === 'rise' && r.low >= 0) return { words: CHANGE_WORDS.rise, magnitude: size(r, 1) };
  if (r.change !== 'fall' || !(r.high <= 0)) return undefined;
  return { words: CHANGE_WORDS.fall, magnitude: size(r, -1) };
}

/**
 * The size of a change, without the change: the range itself for a rise, negated for a fall.
 * A size bounded above that starts at zero is written by its bound alone, as the parser reads
 * it back: "a rise of less than 1%" is [0, 1), and "up to 5%" of a fall is [0, 5].
 */
function size(r: Range, sign: 1 | -1): Range {
  const rise = sign === 1;
  const low = rise ? r.low : -r.high;
  const lowInclusive = rise ? r.lowInclusive : r.highInclusive;
  const qualifier = rise ? r.qualifier : FLIPPED_QUALIFIER[r.qualifier];
  const fromZero =
    low === 0 && lowInclusive && (qualifier === 'at-most' || qualifier === 'less-than');
  return new RangeValue(
    fromZero ? -Infinity : low,
    rise ? r.high : -r.low,
    fromZero ? false : lowInclusive,
    rise ? r.highInclusive : r.lowInclusive,
    r.unit,
    qualifier,
    r.meaning,
    r.central === undefined ? undefined : sign * r.central,
    r.sigFigs,
  );
}
