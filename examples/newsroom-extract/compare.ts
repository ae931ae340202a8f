import { div, type ExtractedRange, type Range, ReckonError, unit } from '@reckon/range';

/** A ratio between two estimates found in a text (numbered from 1), or why two were not compared. */
export type Comparison =
  | {
      readonly kind: 'ratio';
      readonly of: number;
      readonly to: number;
      readonly range: Range;
      readonly what: string;
    }
  | { readonly kind: 'skipped'; readonly of: number; readonly to: number; readonly why: string };

const isMoney = (r: Range) => r.unit.atoms.some((a) => a.kind === 'currency' && a.power === 1);
const isCount = (r: Range) =>
  r.unit.atoms.length > 0 && r.unit.atoms.every((a) => a.kind === 'count' && a.power > 0);
const isShare = (r: Range) => r.unit.dimension === unit('1').dimension;
const singular = (noun: string) => (noun === 'people' ? 'person' : noun.replace(/s$/, ''));

/**
 * The ratios worth printing between the estimates of one text:
 *
 * - two figures of the same kind (both USD a year, say): the smaller as a share of the larger,
 *   in percent;
 * - a sum of money and a count of people or things: the money per head.
 *
 * Shares ("60% of GDP") are left alone: they mean something only with their base. Two sums
 * of money in units of different kinds (USD a year against USD) are reported as not
 * compared, since dividing them gives a rate, not a share. Every ratio is computed with `div`
 * from @reckon/range, so it holds every value its inputs allow, open bounds included.
 *
 * @param found - what `extractRanges` found, in order
 * @returns the ratios and the pairs left out, each pair once
 */
export function compare(found: readonly ExtractedRange[]): Comparison[] {
  const out: Comparison[] = [];
  found.forEach((a, i) => {
    found.forEach((b, j) => {
      if (i === j || isShare(a.range) || isShare(b.range)) return;
      const sameKind = a.range.unit.dimension === b.range.unit.dimension;
      // Each pair of the same kind once: the smaller (by upper bound) over the larger.
      if (sameKind && (a.range.high > b.range.high || (a.range.high === b.range.high && i > j))) {
        return;
      }
      const perHead = isMoney(a.range) && isCount(b.range);
      if (!sameKind && !perHead) {
        if (i < j && isMoney(a.range) && isMoney(b.range)) {
          const why = `${a.range.unit.text} and ${b.range.unit.text} are not the same kind of figure`;
          out.push({ kind: 'skipped', of: i + 1, to: j + 1, why });
        }
        return;
      }
      try {
        const ratio = div(a.range, b.range);
        out.push({
          kind: 'ratio',
          of: i + 1,
          to: j + 1,
          range: ratio,
          what: sameKind ? 'share' : `per ${singular(b.noun ?? b.range.unit.text)}`,
        });
      } catch (error) {
        // A divisor that may be zero has no ratio: say so rather than stop.
        if (!(error instanceof ReckonError)) throw error;
        out.push({ kind: 'skipped', of: i + 1, to: j + 1, why: error.message });
      }
    });
  });
  return out;
}
