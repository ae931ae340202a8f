import { point, type Range, range } from '@reckon/range';

/**
 * Whether every value of a range is above zero, as an amount must be for a share of it to be
 * positive.
 *
 * @param r - a range
 * @returns true when the range excludes zero and everything below
 */
export const isPositive = (r: Range): boolean => r.low > 0 || (r.low === 0 && !r.lowInclusive);

/**
 * The part of a range above zero: a share of a positive base by a positive amount is positive,
 * so "as much as 60%", stored as (-inf, 60], means (0, 60]. This narrows what the source said
 * only by what it cannot have meant.
 *
 * @param r - a share
 * @returns the range itself when already positive, the positive part, or undefined when no
 *   value of it is positive
 */
export function positivePart(r: Range): Range | undefined {
  if (isPositive(r)) return r;
  if (r.high <= 0) return undefined;
  return range(0, r.high, r.unit, {
    lowInclusive: false,
    highInclusive: r.highInclusive,
    qualifier: r.qualifier,
    meaning: r.meaning,
    ...(r.central !== undefined && r.central > 0 ? { central: r.central } : {}),
    ...(r.sigFigs === undefined ? {} : { sigFigs: r.sigFigs }),
  });
}

/**
 * One end of a range as a point, for the paired reading of a share: "as much as 60%" read as
 * exactly 60% at the top of the numerator.
 *
 * @param r - a range whose `end` is finite
 * @param end - which end
 * @returns the point, keeping the range's unit, significant figures and any vagueness
 */
export function endPoint(r: Range, end: 'low' | 'high'): Range {
  const fuzzy = r.qualifier === 'approx' || r.qualifier === 'vague';
  return point(r[end], r.unit, {
    qualifier: fuzzy ? r.qualifier : 'exact',
    ...(r.sigFigs === undefined ? {} : { sigFigs: r.sigFigs }),
  });
}
