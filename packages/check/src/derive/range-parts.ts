import { convert, point, type Range, range } from '@reckon/range';

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

/**
 * The part of a share that a share of a whole can take: above 0 and at most 100% (in the
 * share's own unit: 100 in `%`, 1 in `1`). "As much as 60%" stays (0, 60]; "more than 12%" of
 * a whole becomes (12, 100].
 *
 * @param r - a share, in a ratio unit
 * @returns the capped share, or undefined when no value of it lies in (0, 100%]
 */
export function shareOfWhole(r: Range): Range | undefined {
  const positive = positivePart(r);
  if (positive === undefined) return undefined;
  return capAt(positive, convert(point(1, '1'), r.unit).low);
}

/**
 * What a part of a whole can be, given what it was computed to be: no more than the whole's
 * top, `cap` (100% for a share of its whole, the whole's high bound for an amount), and above
 * 0 when it was. A range that lies wholly above the cap gives undefined: the part cannot
 * exceed its whole, and a finding says so.
 *
 * @param r - the part as computed
 * @param cap - the largest value the part can take, in `r`'s unit
 * @param capInclusive - whether the part may equal the cap
 * @returns the capped range, or undefined when none of `r` lies at or below the cap
 */
export function capAt(r: Range, cap: number, capInclusive = true): Range | undefined {
  if (r.low > cap || (r.low === cap && !(r.lowInclusive && capInclusive))) return undefined;
  if (r.high < cap || (r.high === cap && (!r.highInclusive || capInclusive))) return r;
  const qualifier = r.low === -Infinity ? (capInclusive ? 'at-most' : 'less-than') : r.qualifier;
  return range(r.low, cap, r.unit, {
    lowInclusive: r.lowInclusive,
    highInclusive: capInclusive,
    qualifier: qualifier === 'more-than' || qualifier === 'at-least' ? 'exact' : qualifier,
    meaning: r.meaning,
    ...(r.sigFigs === undefined ? {} : { sigFigs: r.sigFigs }),
  });
}

/**
 * Only the upper bound of a positive quotient: (0, high]. What a wider place's amount over a
 * narrower place's count licenses, since the narrower place's amount may be anything above 0
 * up to the wider's.
 *
 * @param r - the quotient of the wider amount by the narrower count
 * @returns (0, r.high], keeping its inclusivity at the top and its significant figures
 */
export function upToHigh(r: Range): Range {
  return range(0, r.high, r.unit, {
    lowInclusive: false,
    highInclusive: r.highInclusive,
    qualifier: r.highInclusive ? 'at-most' : 'less-than',
    meaning: r.meaning,
    ...(r.sigFigs === undefined ? {} : { sigFigs: r.sigFigs }),
  });
}
