import type { CountryCode, DossierInput, Geography, Period } from '@reckon/schema';
import fc from 'fast-check';

/**
 * The dossiers the soundness property draws (`src/derive/soundness.test.ts`): for every relation
 * of two places and of two periods, a money estimate and a share of GDP at the first place and
 * period, and a second money estimate, a count of the same family and a GDP estimate at the
 * second. Test-only; not shipped.
 */

const REGION: Geography = {
  kind: 'region',
  name: 'Mekong',
  countries: ['KH', 'LA', 'MM', 'TH', 'VN'],
};
const UNLISTED: Geography = { kind: 'region', name: 'Greater Mekong' };
const country = (code: CountryCode): Geography => ({ kind: 'country', code });

/** The first place and the second, for each relation of the first to the second. */
export const PLACES = {
  same: [[country('KH')], [country('KH')]],
  contains: [[REGION], [country('KH'), country('MM')]],
  inside: [[country('KH')], [REGION]],
  overlaps: [
    [country('KH'), country('TH')],
    [country('KH'), country('LA')],
  ],
  disjoint: [[country('KH')], [country('TH')]],
  unknown: [[UNLISTED], [country('KH')]],
} as const satisfies Record<string, readonly [readonly Geography[], readonly Geography[]]>;
export type PlaceRelation = keyof typeof PLACES;

const PERIODS = {
  same: [
    { start: '2024', end: '2024' },
    { start: '2024', end: '2024' },
  ],
  overlapping: [
    { start: '2023', end: '2024' },
    { start: '2024', end: '2025' },
  ],
  disjoint: [
    { start: '2020', end: '2020' },
    { start: '2024', end: '2024' },
  ],
  unknown: [{ start: '2024', end: '2024' }, undefined],
} as const satisfies Record<string, readonly [Period, Period | undefined]>;
type PeriodRelation = keyof typeof PERIODS;

interface Bounds {
  readonly low: number | null;
  readonly high: number | null;
  readonly lowInclusive?: boolean;
  readonly highInclusive?: boolean;
}

/** Positive bounds in [min, max], possibly exclusive; `open` says which side may be open. */
const bounds = (min: number, max: number, open: 'none' | 'high' | 'either') =>
  fc
    .tuple(
      fc.double({ min, max, noNaN: true }),
      fc.double({ min, max, noNaN: true }),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom(
        ...(open === 'none'
          ? (['none'] as const)
          : open === 'high'
            ? (['none', 'high'] as const)
            : (['none', 'low', 'high'] as const)),
      ),
    )
    .map(([x, y, li, hi, side]): Bounds => {
      const [low, high] = x <= y ? [x, y] : [y, x];
      if (side === 'low') return { low: null, high };
      if (side === 'high') return { low, high: null, lowInclusive: li || low === high };
      return low === high ? { low, high } : { low, high, lowInclusive: li, highInclusive: hi };
    });

export const scenario = fc.record({
  period: fc.constantFrom(...(Object.keys(PERIODS) as PeriodRelation[])),
  money: bounds(1e6, 1e11, 'none'),
  // Sometimes absent: a count with no money of its own place gets the wider place's bound.
  money2: fc.option(bounds(1e6, 1e11, 'none'), { nil: undefined }),
  count: bounds(1, 1e7, 'high'),
  share: bounds(0.01, 150, 'either'),
  bareShare: bounds(0.01, 150, 'either'),
  gdp: bounds(1e6, 1e12, 'none'),
});
export type Scenario = (typeof scenario extends fc.Arbitrary<infer T> ? T : never) & {
  readonly place: PlaceRelation;
};

export function dossierOf(s: Scenario): DossierInput {
  const [p1, p2] = PLACES[s.place];
  const [t1, t2] = PERIODS[s.period];
  const at = (geography: readonly Geography[], period: Period | undefined) => ({
    geography: [...geography],
    ...(period === undefined ? {} : { period }),
  });
  const gdpBase = { metric: 'GDP', metricKey: 'gdp', geography: [...p1] };
  return {
    schemaVersion: '0.2',
    estimates: [
      {
        id: 'money',
        metric: 'revenue',
        metricKey: 'x-revenue',
        range: { ...s.money, unit: 'USD/year' },
        ...at(p1, t1),
      },
      ...(s.money2 === undefined
        ? []
        : [
            {
              id: 'money2',
              metric: 'revenue',
              metricKey: 'x-revenue',
              range: { ...s.money2, unit: 'USD/year' },
              ...at(p2, t2),
            },
          ]),
      {
        id: 'count',
        metric: 'workers',
        metricKey: 'x-workers',
        range: { ...s.count, unit: 'people' },
        ...at(p2, t2),
      },
      {
        id: 'share',
        metric: 'share of GDP',
        range: { ...s.share, unit: '%' },
        ...at(p1, t1),
        relativeTo: gdpBase,
        numeratorEstimateId: 'money',
      },
      {
        id: 'bare-share',
        metric: 'another share of GDP',
        range: { ...s.bareShare, unit: '%' },
        ...at(p1, t1),
        relativeTo: gdpBase,
      },
      {
        id: 'gdp',
        metric: 'GDP',
        metricKey: 'gdp',
        range: { ...s.gdp, unit: 'USD/year' },
        ...at(p2, t2),
      },
    ],
  };
}
