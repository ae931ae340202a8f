import { parseRange, type Range, rangeFromJSON } from '@reckon/range';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmp, divE, type Exact, exact, mulE, ratioE, show } from '../../../../test-support/exact';
import { honestReading } from '../compare/honest-reading';
import type { DerivedFigure } from '../derived-figure';
import { validateOnce } from '../ledger/validate-once';
import {
  dossierOf,
  PLACES,
  type PlaceRelation,
  type Scenario,
  scenario,
} from '../testing/soundness-scenarios';
import { formatFigure } from '../words/format-figure';
import { deriveFigures } from './derive-figures';

/**
 * Soundness against an exact oracle. Dossiers are drawn over every relation of two places
 * (same, contains, inside, overlaps, disjoint, unknown) and of two periods (same, overlapping,
 * disjoint, unknown): a money estimate and a share of GDP at the first place and period, and a
 * second money estimate of the same metric, a count of the same family and a GDP estimate at
 * the second. For each figure the relation licenses, the oracle computes, in exact rational
 * arithmetic, the infimum and supremum of every value the inputs *and the relation* allow (a
 * narrower place's amount lies in (0, the wider's]; a share of a whole in (0, 100%]); the
 * figure, and the figure as printed and read back, must reach both, and no figure may be
 * derived that the relation does not license.
 */

/** An exact bound: its value (undefined when open) and whether it is attained. */
interface End {
  readonly value: Exact | undefined;
  readonly attained: boolean;
}
/** The exact infimum and supremum of the values a relation licenses. */
interface Hull {
  readonly low: End;
  readonly high: End;
}

const ZERO: Exact = ratioE(0, 1);
const ONE: Exact = ratioE(1, 1);
const lowOf = (r: Range): End =>
  r.low === -Infinity
    ? { value: undefined, attained: false }
    : { value: exact(r.low), attained: r.lowInclusive };
const highOf = (r: Range): End =>
  r.high === Infinity
    ? { value: undefined, attained: false }
    : { value: exact(r.high), attained: r.highInclusive };
/** A share's range as a fraction (60% → 0.6), capped to (0, 1] as a share of a whole is. */
function shareOfWhole(r: Range): { low: End; high: End } | undefined {
  const low =
    r.low <= 0
      ? { value: ZERO, attained: false }
      : { value: divE(exact(r.low), ratioE(100, 1)), attained: r.lowInclusive };
  const rawHigh = highOf(r);
  const high =
    rawHigh.value === undefined || cmp(divE(rawHigh.value, ratioE(100, 1)), ONE) >= 0
      ? {
          value: ONE,
          attained:
            rawHigh.value === undefined ||
            cmp(divE(rawHigh.value, ratioE(100, 1)), ONE) > 0 ||
            rawHigh.attained,
        }
      : { value: divE(rawHigh.value, ratioE(100, 1)), attained: rawHigh.attained };
  const c = cmp(low.value, high.value);
  if (c > 0 || (c === 0 && !(low.attained && high.attained))) return undefined;
  return { low, high };
}

/** a / b at the ends: the lowest a over the highest b, with open ends. */
const quotientLow = (a: End, b: End): End =>
  a.value === undefined
    ? a
    : b.value === undefined
      ? { value: ZERO, attained: false }
      : { value: divE(a.value, b.value), attained: a.attained && b.attained };
const quotientHigh = (a: End, b: End): End =>
  a.value === undefined || b.value === undefined || cmp(b.value, ZERO) === 0
    ? { value: undefined, attained: false }
    : { value: divE(a.value, b.value), attained: a.attained && b.attained };
const product = (a: End, b: End): End =>
  a.value === undefined || b.value === undefined
    ? { value: undefined, attained: false }
    : { value: mulE(a.value, b.value), attained: a.attained && b.attained };
const scaleEnd = (e: End, f: Exact): End =>
  e.value === undefined ? e : { value: mulE(e.value, f), attained: e.attained };
/** The lesser of a supremum and a cap the relation sets. */
const capEnd = (e: End, cap: Exact): End =>
  e.value === undefined || cmp(e.value, cap) > 0 ? { value: cap, attained: true } : e;

/**
 * Within rounding of 1: floating-point arithmetic, rounding outward, may leave a sliver at 100%
 * of a part the exact arithmetic puts just above its whole; either answer is right there.
 */
const nearOne = (e: End): boolean =>
  e.value !== undefined && cmp(e.value, divE(exact(1 + 1e-12), ONE)) <= 0;

/** Every value from this infimum up lies above 1: a part wholly above its whole. */
const aboveOne = (e: End): boolean => {
  if (e.value === undefined) return false;
  const c = cmp(e.value, ONE);
  return c > 0 || (c === 0 && !e.attained);
};

type Oracle = ReadonlyMap<string, Hull | 'unlicensed' | 'either'>;

/** What the relation licenses, figure by figure, worked out from the scenario alone. */
function oracle(s: Scenario, r: (id: string) => Range): Oracle {
  const out = new Map<string, Hull | 'unlicensed' | 'either'>();
  const periodOk = s.period === 'same' ? true : s.period === 'unknown' ? 'either' : false;
  const put = (
    id: string,
    licensed: boolean | 'either',
    hull: () => Hull | 'either' | undefined,
  ) => {
    const h = licensed === false ? undefined : hull();
    out.set(id, h === undefined ? 'unlicensed' : licensed === 'either' ? 'either' : h);
  };
  const pct = ratioE(100, 1);
  const money = r('money');
  const money2 = s.money2 === undefined ? undefined : r('money2');
  const count = r('count');
  const perHead = (m: Range) => ({
    low: quotientLow(lowOf(m), highOf(count)),
    high: quotientHigh(highOf(m), lowOf(count)),
  });
  // Money per head of one family: the same place, or the count's place inside the money's, and
  // then only an upper bound, and only for a count without money of its own place.
  put('per-unit:money2/count', money2 !== undefined, () =>
    money2 === undefined ? undefined : perHead(money2),
  );
  const wider = s.place === 'contains' && money2 === undefined;
  put('per-unit:money/count', (s.place === 'same' || wider) && periodOk, () =>
    wider
      ? { low: { value: ZERO, attained: false }, high: quotientHigh(highOf(money), lowOf(count)) }
      : perHead(money),
  );
  // A part's share of its whole, one metric at nested places: at most 100%.
  const nested = (s.place === 'contains' || s.place === 'inside') && money2 !== undefined;
  const [part, whole, pid] =
    s.place === 'inside'
      ? [money, money2, 'part-of-whole:money/money2']
      : [money2, money, 'part-of-whole:money2/money'];
  put(pid, nested && periodOk, () => {
    if (part === undefined || whole === undefined) return undefined;
    const low = quotientLow(lowOf(part), highOf(whole));
    if (aboveOne(low)) return nearOne(low) ? 'either' : undefined;
    return {
      low: scaleEnd(low, pct),
      high: scaleEnd(capEnd(quotientHigh(highOf(part), lowOf(whole)), ONE), pct),
    };
  });
  // The base a share with a numerator implies: any amount at any share of a whole.
  const share = shareOfWhole(r('share'));
  put('implied-base:share', share !== undefined, () =>
    share === undefined
      ? undefined
      : {
          low: quotientLow(lowOf(money), share.high),
          high: quotientHigh(highOf(money), share.low),
        },
  );
  // A share computed from a GDP estimate at the same place (any period not disjoint): at most 100%.
  const gdp = r('gdp');
  const baseFound = s.place === 'same' && s.period !== 'disjoint';
  put('share-from-base:share:gdp', baseFound, () => {
    const low = quotientLow(lowOf(money), highOf(gdp));
    if (aboveOne(low)) return nearOne(low) ? 'either' : undefined;
    return {
      low: scaleEnd(low, pct),
      high: scaleEnd(capEnd(quotientHigh(highOf(money), lowOf(gdp)), ONE), pct),
    };
  });
  const bare = shareOfWhole(r('bare-share'));
  put('implied-numerator:bare-share:gdp', baseFound && bare !== undefined, () =>
    bare === undefined
      ? undefined
      : { low: product(bare.low, lowOf(gdp)), high: product(bare.high, highOf(gdp)) },
  );
  return out;
}

/** The figure reaches the oracle's bound from outside (or equals it, including it when attained). */
function reachesLow(figure: Range, end: End): boolean {
  if (end.value === undefined) return figure.low === -Infinity;
  if (figure.low === -Infinity) return true;
  const c = cmp(exact(figure.low), end.value);
  return c < 0 || (c === 0 && (figure.lowInclusive || !end.attained));
}
function reachesHigh(figure: Range, end: End): boolean {
  if (end.value === undefined) return figure.high === Infinity;
  if (figure.high === Infinity) return true;
  const c = cmp(exact(figure.high), end.value);
  return c > 0 || (c === 0 && (figure.highInclusive || !end.attained));
}
function check(figure: DerivedFigure, hull: Hull): void {
  const bound = (end: End) => (end.value === undefined ? 'open' : show(end.value));
  const what = `${figure.id} [${figure.range.low}, ${figure.range.high}] vs oracle [${bound(hull.low)}, ${bound(hull.high)}]`;
  if (!reachesLow(figure.range, hull.low) || !reachesHigh(figure.range, hull.high)) {
    expect.fail(`unsound: ${what}`);
  }
  // What a reader sees: the printed figure, read back, still reaches every licensed value.
  const text = formatFigure(figure.range);
  // A computed point is printed to the nearest at its figures ($31.7 billion), so it is read at
  // that precision; a range's bounds are rounded outward and read as printed.
  const read = parseRange(text);
  const printed = read.low === read.high ? honestReading(read) : read;
  // The parser reads "$215,000 per person a year" as dollars: the number is what is compared.
  const same =
    printed.unit === figure.range.unit ||
    figure.range.unit.text.startsWith(`${printed.unit.text}/`);
  if (!same) expect.fail(`${text} reads back in ${printed.unit.text}`);
  // The source wrote decimals (0.01%); the doubles that hold them differ by an ulp, which a
  // printed figure rightly ignores. So the printed figure is allowed one part in 10^12.
  const slack = (x: number, up: boolean) =>
    Number.isFinite(x) ? x * (up === x > 0 ? 1 + 1e-12 : 1 - 1e-12) : x;
  const loose = { ...printed, low: slack(printed.low, false), high: slack(printed.high, true) };
  if (!reachesLow(loose, hull.low) || !reachesHigh(loose, hull.high)) {
    expect.fail(`printed as ${text}, which misses the oracle: ${what}`);
  }
}

/**
 * Cases in CI: at least 10^4, as the soundness promise asks, split by place relation so each
 * test stays well inside its timeout on a loaded machine (each case validates a dossier, derives
 * its figures and prints each one).
 */
/**
 * 1,700 runs per relation, 10,200 in all. Mutation testing sets fewer through fast-check's
 * global `numRuns` (`vitest.mutation.setup.ts`), since every surviving mutant reruns this.
 */
const FULL_RUNS_PER_RELATION = 1_700;
const RUNS_PER_RELATION = fc.readConfigureGlobal().numRuns ?? FULL_RUNS_PER_RELATION;
const checked = new Map<string, number>();
let cases = 0;

const PLACE_WORDS: Record<PlaceRelation, string> = {
  same: 'is',
  contains: 'contains',
  inside: 'lies inside',
  overlaps: 'overlaps',
  disjoint: 'is disjoint from',
  unknown: 'has an unknown relation to',
};

function runFor(place: PlaceRelation): void {
  fc.assert(
    fc.property(scenario, (drawn) => {
      cases += 1;
      const s = { ...drawn, place };
      // validateOnce: the dossier is validated here once, not again by deriveFigures.
      const dossier = validateOnce(dossierOf(s));
      const ranges = new Map(dossier.estimates.map((e) => [e.id, rangeFromJSON(e.range)] as const));
      const read = (id: string): Range => {
        const r = ranges.get(id);
        if (r === undefined) throw new Error(`no estimate ${id}`);
        return r;
      };
      const derived = deriveFigures(dossier);
      const figures = new Map(derived.map((f) => [f.id, f] as const));
      // A share of a whole, however derived, never exceeds 100%.
      for (const f of derived) {
        if (f.range.unit.text === '%' && f.range.high > 100) expect.fail(`${f.id} exceeds 100%`);
      }
      for (const [id, want] of oracle(s, read)) {
        const figure = figures.get(id);
        const where = `under ${s.place} places and ${s.period} periods`;
        if (want === 'unlicensed') {
          if (figure !== undefined) expect.fail(`${id} derived ${where}, which do not license it`);
          continue;
        }
        if (want === 'either') continue;
        if (figure === undefined) expect.fail(`${id} not derived ${where}`);
        check(figure, want);
        checked.set(id, (checked.get(id) ?? 0) + 1);
      }
    }),
    { numRuns: RUNS_PER_RELATION },
  );
}

describe('deriveFigures, against an exact oracle, over every relation of places and periods', () => {
  for (const place of Object.keys(PLACES) as PlaceRelation[]) {
    it(`is sound and licensed when the first place ${PLACE_WORDS[place]} the second: every figure, as computed and as printed, reaches every value its inputs and relation allow, stays within 100% when a share, and exists only when its relation licenses it`, () => {
      runFor(place);
    });
  }

  it(`ran every run of every relation, ${FULL_RUNS_PER_RELATION * Object.keys(PLACES).length} cases under npm test, and checked every kind of figure in at least 1% of them`, () => {
    const total = RUNS_PER_RELATION * Object.keys(PLACES).length;
    expect(cases).toBe(total);
    // Only mutation testing lowers the count; under `npm test` it is the full 10^4 and more.
    if (fc.readConfigureGlobal().numRuns === undefined)
      expect(total).toBeGreaterThanOrEqual(10_000);
    expect([...checked.keys()].sort()).toEqual([
      'implied-base:share',
      'implied-numerator:bare-share:gdp',
      'part-of-whole:money/money2',
      'part-of-whole:money2/money',
      'per-unit:money/count',
      'per-unit:money2/count',
      'share-from-base:share:gdp',
    ]);
    for (const n of checked.values()) expect(n).toBeGreaterThan(total / 100);
  });
});
