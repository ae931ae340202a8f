import type { Reading } from './reading';
import type { TokenStream } from './token-stream';

/**
 * Whether `b` is the old or new level of the figure `a`, so that a unit written on one of
 * them is the other's too:
 * - the two figures of a revision, each marked by the word before it and joined by that
 *   word alone ("from 12 to 9 per 1,000", "to 9 from 12 per 1,000");
 * - a level then the one it moved from, after "up from" or "down from" ("45 baht, up from
 *   30", "$5bn, down from 6").
 *
 * @param a - the earlier reading
 * @param b - the reading right after it
 * @param stream - the tokens both were read from
 */
export function isLevelPair(a: Reading, b: Reading, stream: TokenStream): boolean {
  if (a.revision !== undefined && b.revision !== undefined && a.revision !== b.revision) {
    return b.first === a.next + 1 && stream.at(a.next).lower === b.revision;
  }
  if (b.revision !== undefined) return false;
  let j = a.next;
  if (stream.at(j).text === ',') j += 1;
  const turn = stream.at(j).lower;
  return (
    (turn === 'up' || turn === 'down') && stream.at(j + 1).lower === 'from' && b.first === j + 2
  );
}

/**
 * The two levels of one figure with the unit written on only one of them given to both:
 * "fell from 12 to 9 per 1,000 live births" is 12‰ and 9‰, "from 1,200 people to 800" is
 * 800 people, "from $5 to 4" is $4, "from 5 to 3% of GDP" is 5% of GDP. The grammar already
 * gives the first figure the currency, ratio, scale and noun written on the second; this
 * gives each the parts it lacks in either direction, denominators and base included.
 *
 * Nothing is shared when the two name different units (a currency on one and a ratio on
 * the other counts as different). When only one has a scale word and the other is more
 * than ten times smaller, a unit is not shared either: "from $2 million to 3" and "$5bn,
 * down from 6" do not say whether the 3 and the 6 are dollars or millions, so the figure
 * that lacks the unit is left out rather than read bare. "From 1.2 million people to
 * 800,000" shares the noun.
 *
 * @param a - the earlier figure
 * @param b - the later one
 * @returns the two readings, each the same object when it gained nothing, or undefined
 *   when it is to be left out
 */
export function shareLevelUnit(
  a: Reading,
  b: Reading,
): readonly [Reading | undefined, Reading | undefined] {
  const currency = either(a.currency, b.currency);
  const ratio = either(a.ratio, b.ratio);
  const noun = either(a.noun, b.noun);
  const base = either(a.base, b.base);
  const per = a.per.length === 0 ? b.per : b.per.length === 0 ? a.per : samePer(a.per, b.per);
  if (
    currency === CONFLICT ||
    ratio === CONFLICT ||
    noun === CONFLICT ||
    base === CONFLICT ||
    per === undefined ||
    (currency !== undefined && ratio !== undefined)
  ) {
    return [a, b];
  }
  const elided = a.scaled !== b.scaled && !withinTenTimes(a, b);
  const fill = (r: Reading): Reading | undefined => {
    const gains =
      r.currency !== currency ||
      r.ratio !== ratio ||
      r.noun !== noun ||
      r.base !== base ||
      r.per.length !== per.length;
    if (!gains) return r;
    if (elided) return r.scaled ? r : undefined;
    const nounText = r.noun === noun ? r.nounText : (a.nounText ?? b.nounText);
    return { ...r, currency, ratio, noun, nounText, base, per };
  };
  return [fill(a), fill(b)];
}

/** Two single figures of the same sign, neither more than ten times the other. */
function withinTenTimes(a: Reading, b: Reading): boolean {
  const [x, y] = [Math.abs(a.high), Math.abs(b.high)];
  return Number.isFinite(x) && Number.isFinite(y) && x <= 10 * y && y <= 10 * x;
}

/** What two figures disagree on: neither reading gains a part then. */
const CONFLICT = Symbol('conflict');

function either<T>(x: T | undefined, y: T | undefined): T | undefined | typeof CONFLICT {
  if (x === undefined) return y;
  if (y === undefined || y === x) return x;
  return CONFLICT;
}

function samePer(x: readonly string[], y: readonly string[]): readonly string[] | undefined {
  return x.length === y.length && x.every((p, i) => p === y[i]) ? x : undefined;
}
