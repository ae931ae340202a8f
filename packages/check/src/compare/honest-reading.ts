import { type Range, range } from '@reckon/range';

/** Significant digits written in a finite number: 12.5 has 3, 19 has 2, 3000 has 1. */
function writtenDigits(x: number): number {
  const digits = Math.abs(x)
    .toExponential()
    .replace(/e.*$/, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** Half a unit in the last significant place of `x` given to `sig` figures: 3000 at 2 is 50. */
function halfUnit(x: number, sig: number): number {
  if (x === 0) return 0;
  const exponent = Math.floor(Math.log10(Math.abs(x))) - sig + 1;
  return 10 ** exponent / 2;
}

/**
 * The widest honest reading of a range, to compare it with another: an approximate or rounded
 * figure stands for every value that rounds to it at the precision it was given. "About 3,000"
 * (two significant figures) reads as 2,950–3,050, so 2,975 agrees with it; "$12.5–19 billion"
 * as 12.45–19.5 billion, each bound at its own written digits (never fewer than the range's
 * `sigFigs`). An exact range without `sigFigs`, an open bound, and a vague range ("tens of
 * thousands", already its own reading) are kept as they are.
 *
 * @param r - a range
 * @returns the range widened to its precision, inclusive at the widened bounds
 */
export function honestReading(r: Range): Range {
  const rounded = r.sigFigs !== undefined || r.qualifier === 'approx';
  if (!rounded || r.qualifier === 'vague') return r;
  const widen = (x: number) => halfUnit(x, Math.max(r.sigFigs ?? 1, writtenDigits(x)));
  const finiteLow = Number.isFinite(r.low);
  const finiteHigh = Number.isFinite(r.high);
  return range(
    finiteLow ? r.low - widen(r.low) : r.low,
    finiteHigh ? r.high + widen(r.high) : r.high,
    r.unit,
    {
      lowInclusive: finiteLow,
      highInclusive: finiteHigh,
      qualifier: r.qualifier,
      meaning: r.meaning,
      ...(r.sigFigs === undefined ? {} : { sigFigs: r.sigFigs }),
    },
  );
}
