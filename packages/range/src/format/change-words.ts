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
  if (r.change === 'rise' && r.low >= 0) return { words: CHANGE_WORDS.rise, magnitude: plain(r) };
  if (r.change !== 'fall' || !(r.high <= 0)) return undefined;
  const negated = new RangeValue(
    -r.high + 0,
    -r.low + 0,
    r.highInclusive,
    r.lowInclusive,
    r.unit,
    FLIPPED_QUALIFIER[r.qualifier],
    r.meaning,
    r.central === undefined ? undefined : -r.central + 0,
    r.sigFigs,
  );
  return { words: CHANGE_WORDS.fall, magnitude: negated };
}

/** The same range without its change. */
function plain(r: Range): Range {
  return new RangeValue(
    r.low,
    r.high,
    r.lowInclusive,
    r.highInclusive,
    r.unit,
    r.qualifier,
    r.meaning,
    r.central,
    r.sigFigs,
  );
}
