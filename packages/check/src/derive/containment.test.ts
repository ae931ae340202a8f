import type { Range } from '@reckon/range';
import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divE,
  type Exact,
  exact,
  inRange,
  mulE,
  ratioE,
  show,
} from '../../../../test-support/exact';
import type { DerivedFigure, Operand } from '../derived-figure';
import { buildLedger } from '../ledger/build-ledger';
import { deriveFigures } from './derive-figures';

/**
 * The containment law for derived figures: draw a concrete number from each input as the
 * figure's operation says (all of the range, one end, or its positive part), compute the
 * operation on them exactly, and the result lies in the figure. Exact rational arithmetic is
 * the oracle, so no rounding in the test itself can hide or fake a failure.
 */

const KH: Geography[] = [{ kind: 'country', code: 'KH' }];
const THREE: Geography[] = [
  { kind: 'country', code: 'KH' },
  { kind: 'country', code: 'MM' },
  { kind: 'country', code: 'LA' },
];
const SEA: Geography[] = [
  { kind: 'region', name: 'Southeast Asia', countries: ['KH', 'LA', 'MM', 'TH', 'VN'] },
];

interface Bounds {
  readonly low: number | null;
  readonly high: number | null;
  readonly lowInclusive?: boolean;
  readonly highInclusive?: boolean;
}

/** Positive bounds [a, b] (possibly exclusive), one side possibly open. */
const positiveBounds = (min: number, max: number, open: 'none' | 'low' | 'high' | 'either') =>
  fc
    .tuple(
      fc.double({ min, max, noNaN: true }),
      fc.double({ min, max, noNaN: true }),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom(...(open === 'either' ? (['none', 'low', 'high'] as const) : [open])),
    )
    .map(([x, y, li, hi, side]): Bounds => {
      const [low, high] = x <= y ? [x, y] : [y, x];
      if (side === 'low') return { low: null, high, highInclusive: hi || low === high };
      if (side === 'high') return { low, high: null, lowInclusive: li || low === high };
      // An exclusive bound on a point would be empty; keep points closed.
      return low === high ? { low, high } : { low, high, lowInclusive: li, highInclusive: hi };
    });

const scenario = fc.record({
  revenue: positiveBounds(1e6, 1e11, 'none'),
  regional: positiveBounds(1e6, 1e12, 'none'),
  share: positiveBounds(0.01, 200, 'either'),
  gdp: fc.option(positiveBounds(1e6, 1e12, 'none'), { nil: undefined }),
  workers: positiveBounds(1, 1e7, 'either'),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function dossierOf(s: Scenario): DossierInput {
  const r = (b: Bounds, unit: string) => ({ ...b, unit });
  const gdp = { metric: 'GDP', metricKey: 'gdp', geography: [...KH] };
  return {
    schemaVersion: '0.2',
    estimates: [
      {
        id: 'revenue',
        metric: 'revenue',
        metricKey: 'revenue',
        range: r(s.revenue, 'USD/year'),
        geography: [...KH],
      },
      {
        id: 'regional',
        metric: 'revenue',
        metricKey: 'revenue',
        range: r(s.regional, 'USD/year'),
        geography: [...SEA],
      },
      {
        id: 'share',
        metric: 'share of GDP',
        range: r(s.share, '%'),
        geography: [...KH],
        relativeTo: gdp,
        numeratorEstimateId: 'revenue',
      },
      {
        id: 'bare-share',
        metric: 'another share of GDP',
        range: r(s.share, '%'),
        geography: [...KH],
        relativeTo: gdp,
      },
      { id: 'workers', metric: 'workers', range: r(s.workers, 'people'), geography: [...THREE] },
      ...(s.gdp === undefined
        ? []
        : [
            {
              id: 'gdp',
              metric: 'GDP',
              metricKey: 'gdp',
              range: r(s.gdp, 'USD/year'),
              geography: [...KH],
            },
          ]),
    ],
  };
}

/** The exact size of a unit used here relative to its dimension's base (% is 1/100). */
function factor(unitText: string): Exact {
  if (unitText === '%') return ratioE(1, 100);
  if (['1', 'USD/year', 'people', 'USD/person/year'].includes(unitText)) return ratioE(1, 1);
  throw new Error(`no exact factor for ${unitText}`);
}

/** A double drawn from a range: an end (when included) or a point inside. */
function drawFrom(g: fc.GeneratorValue, r: Range): number {
  if (r.low === r.high) return r.low;
  const low = r.low === -Infinity ? Math.min(r.high, 0) - 1e12 : r.low;
  const high = r.high === Infinity ? Math.max(low, 0) * 1e3 + 1e12 : r.high;
  const member = (x: number) =>
    (r.lowInclusive ? x >= r.low : x > r.low) && (r.highInclusive ? x <= r.high : x < r.high);
  const inside = g(fc.double, { min: low, max: high, noNaN: true });
  const candidates = [r.low, r.high, inside].filter((x) => Number.isFinite(x) && member(x));
  // Between two adjacent doubles, both excluded, there is no double to draw.
  fc.pre(candidates.length > 0);
  return g(fc.constantFrom, ...candidates);
}

type Ranges = ReadonlyMap<string, Range>;

/** A concrete value of an operand, in base units, as `take` says. */
function operandValue(
  g: fc.GeneratorValue,
  operand: Operand,
  ranges: Ranges,
  figures: ReadonlyMap<string, DerivedFigure>,
): Exact {
  if (operand.source === 'figure') {
    const figure = figures.get(operand.ref);
    if (figure === undefined) throw new Error(`no figure ${operand.ref}`);
    return mulE(evaluate(g, figure, ranges, figures), factor(figure.range.unit.text));
  }
  const r = ranges.get(operand.ref);
  if (r === undefined) throw new Error(`no estimate ${operand.ref}`);
  let x: number;
  if (operand.take === 'low' || operand.take === 'high') x = r[operand.take];
  else if (operand.take === 'positive' && !(r.low > 0)) {
    x = drawFrom(g, { ...r, low: 0, lowInclusive: false });
  } else x = drawFrom(g, r);
  return mulE(exact(x), factor(r.unit.text));
}

/** The figure's operation on concrete operands, exactly, in the figure's unit. */
function evaluate(
  g: fc.GeneratorValue,
  figure: DerivedFigure,
  ranges: Ranges,
  figures: ReadonlyMap<string, DerivedFigure>,
): Exact {
  const [a, b] = figure.operation.operands.map((operand) =>
    operandValue(g, operand, ranges, figures),
  ) as [Exact, Exact];
  const base = figure.operation.op === 'div' ? divE(a, b) : mulE(a, b);
  return divE(base, factor(figure.operation.unit));
}

describe('deriveFigures', () => {
  it('contains: for concrete numbers drawn from its inputs as its operation says, the computed value lies in every derived figure', () => {
    fc.assert(
      fc.property(scenario, fc.gen(), (s, g) => {
        const dossier = parseDossier(dossierOf(s));
        const ranges = new Map(
          buildLedger(dossier).estimates.map((e) => [e.estimate.id, e.range] as const),
        );
        const figures = deriveFigures(dossier);
        const byId = new Map(figures.map((f) => [f.id, f] as const));
        for (const figure of figures) {
          expect(figure.range.unit.text).toBe(figure.operation.unit);
          const value = evaluate(g, figure, ranges, byId);
          if (!inRange(value, figure.range)) {
            expect.fail(
              `${figure.id}: ${show(value)} outside [${figure.range.low}, ${figure.range.high}]`,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('derives every kind the scenario allows, so the law is tested on each', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(scenario, (s) => {
        for (const figure of deriveFigures(parseDossier(dossierOf(s)))) kinds.add(figure.kind);
      }),
      { numRuns: 200 },
    );
    expect([...kinds].sort()).toEqual([
      'implied-base',
      'implied-numerator',
      'paired-base',
      'paired-share',
      'part-of-whole',
      'per-unit',
      'share-from-base',
    ]);
  });
});
