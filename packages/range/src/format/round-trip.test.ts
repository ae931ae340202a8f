import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equals } from '../compare/equals';
import { rangeToJSON } from '../json';
import { VAGUE_WORDS } from '../parse/lexicon/vague';
import { parseRange } from '../parse/parse-range';
import { type Meaning, type Range, range } from '../range';
import { formatRange } from './format-range';

/**
 * The law: parseRange(formatRange(r)) equals r (same bounds, inclusivity, unit, qualifier,
 * central, meaning and sigFigs), in both styles, in English, for every r this generator
 * makes. That is, ranges whose
 *
 * - finite ends are non-negative decimals m × 10^e written with their own digits: m has
 *   1–4 digits, its last one non-zero, e from −3 to 13; or zero. Its digit count is the
 *   labelling convention's: m's digits, and at least two when e > 0, since an integer's
 *   trailing zeros count as two figures (10 has 2, so no range the parser makes has 10 at
 *   one figure);
 * - sigFigs is the least of the ends' digit counts, and the ends' counts differ by at most
 *   one (the guard digit the formatter keeps; more would be rounded, by design);
 * - qualifier fits the bounds, as a parsed phrase's does: `exact`/`approx` for closed
 *   ranges and points (an approximate point's central is itself), `at-least`, `more-than`,
 *   `at-most`, `less-than` for the matching open ranges, `exact` for a closed range with an
 *   exclusive end, `vague` for a vague magnitude's own bounds (no sigFigs);
 * - unit is a currency (symbol or ISO code), a ratio (%, pp, permille, bp), a count noun,
 *   a counted time unit, or none, with or without a period (year, month, week, day, hour);
 * - meaning is any (bounds, interval at a two-digit level, scenarios, plus-minus), and a
 *   closed range may carry a central value written with its own digits.
 *
 * Negative values, number words and units without plain wording are outside the law and
 * are tested by example.
 */

const currencies = ['USD', 'EUR', 'GBP', 'JPY', 'KHR', 'THB', 'INR', 'AUD', 'CNY', 'CAD'];
const ratios = ['%', 'pp', 'permille', 'bp'];
const nouns = ['people', 'victims', 'compounds', 'workers', 'year', 'hour'];
const periods = ['', '/year', '/month', '/week', '/day', '/hour'];

const unitText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('1', ...currencies, ...ratios, ...nouns), fc.constantFrom(...periods))
  .filter(([top, period]) => !(nouns.includes(top) && top === period.slice(1)))
  .map(([top, period]) => top + period);

/** A decimal with its own digit count: [value, digits]. */
const decimal: fc.Arbitrary<readonly [number, number]> = fc.oneof(
  { arbitrary: fc.constant([0, 1] as const), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -3, max: 13 }))
      .filter(([m]) => m % 10 !== 0)
      .map(([m, e]) => {
        const written = String(m).length;
        return [Number(`${m}e${e}`), e > 0 ? Math.max(written, 2) : written] as const;
      }),
    weight: 20,
  },
);

const meaning: fc.Arbitrary<Meaning> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'bounds' } as const), weight: 6 },
  {
    arbitrary: fc
      .integer({ min: 1, max: 99 })
      .map((n) => ({ kind: 'interval', level: n / 100 }) as const),
    weight: 1,
  },
  { arbitrary: fc.constant({ kind: 'scenarios' } as const), weight: 1 },
  { arbitrary: fc.constant({ kind: 'plus-minus' } as const), weight: 1 },
);

const closeDigits = ([, a]: readonly [number, number], [, b]: readonly [number, number]) =>
  Math.abs(a - b) <= 1;

const generated: fc.Arbitrary<Range> = fc.oneof(
  // Points, exact or approximate.
  fc.tuple(decimal, unitText, fc.boolean(), meaning).map(([[v, d], u, approx, m]) =>
    range(v, v, u, {
      sigFigs: d,
      meaning: m,
      ...(approx && { qualifier: 'approx', central: v }),
    }),
  ),
  // Closed ranges, exact or approximate, maybe with a central value.
  fc
    .tuple(decimal, decimal, decimal, unitText, fc.boolean(), fc.boolean(), meaning)
    .filter(([a, b]) => a[0] < b[0] && closeDigits(a, b))
    .map(([a, b, c, u, approx, withCentral, m]) => {
      const sigFigs = Math.min(a[1], b[1]);
      const central =
        withCentral && a[0] <= c[0] && c[0] <= b[0] && c[1] <= sigFigs + 1 ? c[0] : undefined;
      return range(a[0], b[0], u, {
        sigFigs,
        meaning: m,
        ...(approx && { qualifier: 'approx' }),
        ...(central !== undefined && { central }),
      });
    }),
  // Open ranges with the qualifier their words give.
  fc
    .tuple(decimal, unitText, fc.constantFrom('at-least', 'more-than', 'at-most', 'less-than'))
    .map(([[v, d], u, q]) => {
      const upper = q === 'at-most' || q === 'less-than';
      const inclusive = q === 'at-least' || q === 'at-most';
      return upper
        ? range(-Infinity, v, u, { highInclusive: inclusive, qualifier: q, sigFigs: d })
        : range(v, Infinity, u, { lowInclusive: inclusive, qualifier: q, sigFigs: d });
    }),
  // Closed ranges with an exclusive end: "more than 5 and up to 10".
  fc
    .tuple(
      decimal,
      decimal,
      unitText,
      fc.constantFrom([false, false], [true, false], [false, true]),
    )
    .filter(([a, b]) => a[0] < b[0] && closeDigits(a, b))
    .map(([a, b, u, [lowInclusive, highInclusive]]) =>
      range(a[0], b[0], u, { lowInclusive, highInclusive, sigFigs: Math.min(a[1], b[1]) }),
    ),
  // Vague magnitudes in a plain unit, a currency or a noun, maybe per period.
  fc
    .tuple(
      fc.constantFrom(...VAGUE_WORDS),
      fc.constantFrom('1', 'USD', 'EUR', 'KHR', 'AUD', 'victims', 'people'),
      fc.constantFrom(...periods),
    )
    .map(([[, lo, hi], top, period]) =>
      range(lo, hi, top + period, { highInclusive: false, qualifier: 'vague' }),
    ),
);

describe('round trip', () => {
  it.each(['long', 'short'] as const)(
    'in the %s style: parseRange(formatRange(r)) equals r for every generated r (see the law above)',
    (style) => {
      fc.assert(
        fc.property(generated, (r) => {
          const text = formatRange(r, { style });
          const back = parseRange(text);
          if (!equals(back, r)) {
            // Show both as JSON: equals() alone would only say "false".
            expect({ text, back: rangeToJSON(back) }).toEqual({ text, back: rangeToJSON(r) });
          }
        }),
        { numRuns: 2000 },
      );
    },
  );
});
