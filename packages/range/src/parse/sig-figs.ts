/**
 * Significant figures of a number as written, by the labelling convention: the digits
 * written, without leading zeros. A decimal's trailing zeros count (`1.50` has 3): they were
 * written on purpose. An integer's trailing zeros are ambiguous (`60` may be exact or "about
 * 60"; `350,000` may be exact or "about 350 thousand"), so an integer written with trailing
 * zeros counts as known to at least two figures, never more than it has digits: `60`, `50`,
 * `100`, `5,000` and `350,000` have 2, `1,250,000` has 3, `5` has 1. One pass over the
 * digits.
 *
 * Two figures is the least a writer who put the zeros there can have meant: "60%" printed
 * back at one figure would allow anything from 55% to 65%, and every figure derived from it
 * would be shown at one figure too ("$30 billion" for 31.7).
 *
 * @param digits - the number without thousands separators, e.g. `350000` or `0.050`
 * @returns the count, at least 1
 */
export function countSigFigs(digits: string): number {
  const point = digits.indexOf('.');
  let first = -1;
  let last = -1;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c < 49 || c > 57) continue; // only non-zero digits fix the ends of the count
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return 1;
  if (point >= 0) {
    // A decimal keeps its trailing zeros; the point itself is not a digit.
    const pointInside = point > first ? 1 : 0;
    return digits.length - first - pointInside;
  }
  const written = last - first + 1;
  const trailingZeros = digits.length - 1 - last;
  return trailingZeros > 0 ? Math.max(written, 2) : written;
}
