/**
 * fast-check generators for ranges and their members, reaching the corners that break
 * interval arithmetic: open and exclusive bounds, zero endpoints, mixed signs, huge and
 * tiny magnitudes, points. Test-only.
 */
import fc from 'fast-check';
import { type Meaning, type Qualifier, type Range, range } from '../range';
import type { Unit } from '../unit/types';
import { memberOf } from './exact';

const MAX = Number.MAX_VALUE;

/**
 * Signed operands whose products and quotients stay within 2^±900, where outward rounding
 * is exact to the ulp (beyond, a bound may be one ulp looser, as documented).
 */
export const moderateOperand: fc.Arbitrary<number> = fc
  .tuple(
    fc.oneof(
      fc.double({ min: 1e-120, max: 1e120, noNaN: true }),
      fc.integer({ min: 1, max: 1e9 }),
      fc.constantFrom(0.1, 0.2, 0.3, 3, 7, 49, 1e-100),
    ),
    fc.boolean(),
  )
  .map(([v, negative]) => (negative ? -v : v));

/** Finite bound values, weighted towards the awkward ones. */
export const finiteValue: fc.Arbitrary<number> = fc
  .oneof(
    { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 4 },
    { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 3 },
    { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 3 },
    {
      arbitrary: fc.constantFrom(0, 0.1, 0.2, 0.3, -0.1, 1e300, -1e300, 1e-300, -1e-300, MAX, -MAX),
      weight: 2,
    },
    { arbitrary: fc.constantFrom(Number.MIN_VALUE, -Number.MIN_VALUE, 2 ** -1022), weight: 1 },
  )
  .map((x) => x + 0);

const qualifier: fc.Arbitrary<Qualifier> = fc.constantFrom(
  'exact',
  'approx',
  'at-least',
  'more-than',
  'at-most',
  'less-than',
  'vague',
);

const meaning: fc.Arbitrary<Meaning> = fc.oneof(
  fc.constant<Meaning>({ kind: 'bounds' }),
  fc.constant<Meaning>({ kind: 'scenarios' }),
  fc.constant<Meaning>({ kind: 'plus-minus' }),
  fc
    .double({ min: 0.01, max: 0.99, noNaN: true })
    .map((level): Meaning => ({ kind: 'interval', level })),
);

export interface RangeArbitraryOptions {
  /** Generate open bounds (default true). */
  readonly open?: boolean;
  /** Generate qualifier, meaning, central and sigFigs too (default false). */
  readonly metadata?: boolean;
}

/** Ranges in `unit`, possibly open, exclusive, points, any sign or magnitude. */
export function rangeIn(
  unit: Unit | string,
  options: RangeArbitraryOptions = {},
): fc.Arbitrary<Range> {
  const open = options.open ?? true;
  const low = open
    ? fc.oneof(
        { arbitrary: finiteValue, weight: 5 },
        { arbitrary: fc.constant(-Infinity), weight: 1 },
      )
    : finiteValue;
  const high = open
    ? fc.oneof(
        { arbitrary: finiteValue, weight: 5 },
        { arbitrary: fc.constant(Infinity), weight: 1 },
      )
    : finiteValue;
  const point = finiteValue.map((x) => range(x, x, unit));
  const spans = fc
    .record({
      a: low,
      b: high,
      lowInclusive: fc.boolean(),
      highInclusive: fc.boolean(),
      qualifier,
      meaning,
      sigFigs: fc.option(fc.integer({ min: 1, max: 17 }), { nil: undefined }),
      centralAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    })
    .map(({ a, b, ...rest }) => {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      const lowInclusive = Number.isFinite(lo) && (rest.lowInclusive || lo === hi);
      const highInclusive = Number.isFinite(hi) && (rest.highInclusive || lo === hi);
      if (!options.metadata) return range(lo, hi, unit, { lowInclusive, highInclusive });
      const r = range(lo, hi, unit, {
        lowInclusive,
        highInclusive,
        qualifier: rest.qualifier,
        meaning: rest.meaning,
        ...(rest.sigFigs === undefined ? {} : { sigFigs: rest.sigFigs }),
      });
      const central = centralCandidate(r, rest.centralAt);
      return central === undefined ? r : range(lo, hi, unit, { ...optionsOf(r), central });
    });
  return fc.oneof({ arbitrary: spans, weight: 6 }, { arbitrary: point, weight: 1 });
}

function optionsOf(r: Range) {
  return {
    lowInclusive: r.lowInclusive,
    highInclusive: r.highInclusive,
    qualifier: r.qualifier,
    meaning: r.meaning,
    ...(r.sigFigs === undefined ? {} : { sigFigs: r.sigFigs }),
  };
}

function centralCandidate(r: Range, at: number | undefined): number | undefined {
  if (at === undefined) return undefined;
  const lo = Math.max(r.low, -MAX);
  const hi = Math.min(r.high, MAX);
  const c = lo + (hi - lo) * at;
  return Number.isFinite(c) && memberOf(c, r) ? c : undefined;
}

/**
 * A range with some doubles drawn from inside it: its included bounds, and values spread
 * across it (clamped to finite numbers for open bounds). Values not in the range (a
 * boundary draw on an exclusive bound) are filtered out by the caller's law.
 */
export function withMembers(
  ranges: fc.Arbitrary<Range>,
): fc.Arbitrary<{ readonly r: Range; readonly xs: readonly number[] }> {
  return ranges.chain((r) => {
    const lo = Math.max(r.low, -MAX);
    const hi = Math.min(r.high, MAX);
    const inside = fc.oneof(
      fc.double({ min: lo, max: hi, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }).map((t) => lo + (hi - lo) * t),
      fc.constantFrom(lo, hi, 0, 1, -1),
    );
    return fc.array(inside, { minLength: 1, maxLength: 6 }).map((xs) => ({
      r,
      xs: xs.map((x) => x + 0).filter((x) => Number.isFinite(x) && memberOf(x, r)),
    }));
  });
}
