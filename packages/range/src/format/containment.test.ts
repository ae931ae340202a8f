import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains } from '../compare/contains';
import { rangeToJSON } from '../json';
import { parseRange } from '../parse/parse-range';
import { type Range, range } from '../range';
import { formatRange } from './format-range';
import { FLOAT_NOISE } from './shown-value';

/**
 * The law of printing: the range read back from what formatRange writes contains the range,
 * so a printed figure never claims more than is known. It holds for bounds with any digits,
 * rounded outward to the range's figures, with two stated exceptions:
 *
 * - float noise: a bound within FLOAT_NOISE (2^-49) of its size from a decimal of at most
 *   sigFigs + 1 digits is written as that decimal (38.00000000000001 as 38), so the range
 *   read back contains the range once each finite bound is moved inward by that much;
 * - one value: ends that round to the same value at sigFigs figures are written once, rounded
 *   to the nearest; then each end lies within half a unit in the last figure of that value.
 *
 * Ranges: finite bounds of any sign and any digits (arbitrary doubles, and short decimals
 * nudged by a few units in the last place, as arithmetic leaves them), or zero; closed, with
 * exclusive ends, or open on one side; sigFigs from 1 to 6, or none; in currencies, ratios,
 * counted nouns and periods.
 */

const units = ['1', 'USD', 'EUR', 'KHR', 'USD/year', '%', 'pp', 'people', 'victims/month'];

/** An arbitrary double, or a short decimal a few ulps off, as computed bounds are. */
const magnitude: fc.Arbitrary<number> = fc.oneof(
  fc.double({ min: 1e-4, max: 1e14, noNaN: true }),
  fc
    .tuple(
      fc.integer({ min: 1, max: 99999 }),
      fc.integer({ min: -4, max: 10 }),
      fc.integer({ min: -8, max: 8 }),
    )
    .map(([m, e, ulps]) => {
      const x = Number(`${m}e${e}`);
      return x + ulps * x * 2 ** -52;
    }),
);

const bound: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: magnitude, weight: 8 },
  { arbitrary: magnitude.map((x) => -x), weight: 3 },
);

const sigFigs = fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined, freq: 6 });

const options = (s: number | undefined) => (s === undefined ? {} : { sigFigs: s });

const ranges: fc.Arbitrary<Range> = fc.oneof(
  // Closed, inclusive, exact or approximate.
  fc
    .tuple(bound, bound, fc.constantFrom(...units), sigFigs, fc.boolean())
    .map(([a, b, u, s, approx]) =>
      range(Math.min(a, b), Math.max(a, b), u, {
        ...options(s),
        ...(approx && { qualifier: 'approx' as const }),
      }),
    ),
  // Closed with an exclusive end.
  fc
    .tuple(
      bound,
      bound,
      fc.constantFrom(...units),
      sigFigs,
      fc.constantFrom([false, false], [true, false], [false, true]),
    )
    .filter(([a, b]) => a !== b)
    .map(([a, b, u, s, [lowInclusive, highInclusive]]) =>
      range(Math.min(a, b), Math.max(a, b), u, { ...options(s), lowInclusive, highInclusive }),
    ),
  // Open on one side, with the qualifier its words give.
  fc
    .tuple(bound, fc.constantFrom(...units), sigFigs, fc.boolean(), fc.boolean())
    .map(([x, u, s, upper, inclusive]) =>
      upper
        ? range(-Infinity, x, u, {
            ...options(s),
            highInclusive: inclusive,
            qualifier: inclusive ? 'at-most' : 'less-than',
          })
        : range(x, Infinity, u, {
            ...options(s),
            lowInclusive: inclusive,
            qualifier: inclusive ? 'at-least' : 'more-than',
          }),
    ),
);

/** A finite bound moved toward the inside of the range by the float-noise margin. */
const inward = (x: number, direction: 1 | -1): number =>
  Number.isFinite(x) ? x + direction * Math.abs(x) * FLOAT_NOISE : x;

/** Half a unit in the last of `p` significant figures of `v`. */
const halfUnit = (v: number, p: number): number =>
  v === 0 ? 0 : 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(v))) - p + 1);

describe('formatRange containment', () => {
  it.each(['long', 'short'] as const)(
    'in the %s style: parseRange(formatRange(r)) contains r, up to float noise, unless r is written as one value, which then lies within half a unit of both ends',
    (style) => {
      fc.assert(
        fc.property(ranges, (r) => {
          const text = formatRange(r, { style });
          const back = parseRange(text);
          const show = { text, r: rangeToJSON(r), back: rangeToJSON(back) };
          if (back.low === back.high && r.low !== r.high) {
            // Written as one value: only when both ends round to it at the range's figures.
            expect(r.sigFigs, JSON.stringify(show)).toBeDefined();
            const tolerance = halfUnit(back.low, r.sigFigs ?? 1) * (1 + FLOAT_NOISE);
            for (const end of [r.low, r.high]) {
              const off = Math.abs(end - back.low) - Math.abs(back.low) * FLOAT_NOISE;
              expect(off <= tolerance, JSON.stringify(show)).toBe(true);
            }
            return;
          }
          const low = inward(r.low, 1);
          const high = inward(r.high, -1);
          const lowInclusive = r.lowInclusive && low === r.low;
          const highInclusive = r.highInclusive && high === r.high;
          // A range narrower than the noise margin has nothing left inside it to check.
          fc.pre(low < high || (low === high && lowInclusive && highInclusive));
          const shrunk = range(low, high, r.unit, { lowInclusive, highInclusive });
          expect(contains(back, shrunk), JSON.stringify(show)).toBe(true);
        }),
        { numRuns: 3000 },
      );
    },
  );
});
