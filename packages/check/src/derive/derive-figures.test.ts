import { contains, range } from '@reckon/range';
import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { derivedFigureToJSON } from '../to-json';
import { deriveFigures } from './derive-figures';

const KH: Geography[] = [{ kind: 'country', code: 'KH' }];
const gdpBase = { metric: 'GDP of Cambodia', metricKey: 'gdp', geography: KH };
const usd = (low: number | null, high: number | null, unit = 'USD/year') => ({ low, high, unit });

const derive = (
  estimates: DossierInput['estimates'],
  options?: Parameters<typeof deriveFigures>[1],
) => deriveFigures(parseDossier({ schemaVersion: '0.2', estimates }), options);

describe('deriveFigures', () => {
  it('rounds the low ends’ base in its note as a derived figure is rounded, never to float digits', () => {
    const figures = derive([
      { id: 'revenue', metric: 'revenue', range: usd(5e9, 18e9), geography: KH },
      {
        id: 'share',
        metric: 'share',
        range: { low: 9, high: 60, unit: '%' },
        geography: KH,
        relativeTo: gdpBase,
        numeratorEstimateId: 'revenue',
      },
    ]);
    const note = figures.find((f) => f.id === 'paired-base:share:high')?.notes.join(' ') ?? '';
    // 5 / 0.09 = 55.5555… billion, written as every derived figure is: two figures and a guard digit.
    expect(note).toContain('The low ends, paired the same way, give $55.6 billion a year;');
  });

  it('pairs both ends of a share stated at both ends, and adds no paired share', () => {
    const figures = derive([
      { id: 'revenue', metric: 'revenue', range: usd(12e9, 18e9), geography: KH },
      {
        id: 'share',
        metric: 'share',
        range: { low: 40, high: 60, unit: '%' },
        geography: KH,
        relativeTo: gdpBase,
        numeratorEstimateId: 'revenue',
      },
    ]);
    // One GDP is derived once by the paired reading (from the high ends), not once per end.
    expect(figures.map((f) => f.id)).toEqual(['implied-base:share', 'paired-base:share:high']);
    const [implied, high] = figures;
    // Any revenue at any share: 12 / 0.6 = 20 up to 18 / 0.4 = 45 (billion).
    expect([implied?.range.low, implied?.range.high]).toEqual([20e9, 45e9]);
    // 18 / 0.6 = 30; 12 / 0.4 = 30 too: this source's ends agree on one GDP, as the note says.
    expect(contains(high?.range ?? range(0, 0, '1'), 30e9)).toBe(true);
    expect(high?.notes.join(' ')).toContain('The low ends, paired the same way, give $30 billion');
    expect(implied?.notes.some((n) => n.includes('positive part'))).toBe(false);
  });

  it('pairs the low end of an "at least" share with the low end of its numerator', () => {
    const figures = derive([
      { id: 'revenue', metric: 'revenue', range: usd(12.5e9, 19e9), geography: KH },
      {
        id: 'share',
        metric: 'share',
        range: { low: 40, high: null, unit: '%', qualifier: 'at-least' },
        geography: KH,
        relativeTo: gdpBase,
        numeratorEstimateId: 'revenue',
      },
    ]);
    const paired = figures.find((f) => f.id === 'paired-share:share:low');
    // GDP = 12.5 / 0.4 = 31.25 billion; then 19 / 31.25 = 60.8%.
    expect(paired?.range.low).toBeCloseTo(40, 9);
    expect(paired?.range.high).toBeCloseTo(60.8, 9);
    // Any revenue at a share of 40% up to 100% (a part never exceeds its whole): GDP at most
    // 19 / 0.4 = 47.5 billion, and at least the lowest revenue itself, 12.5 / 1.
    const implied = figures.find((f) => f.id === 'implied-base:share');
    expect(implied?.operation.operands[1]?.take).toBe('share');
    expect([implied?.range.low, implied?.range.high]).toEqual([12.5e9, 47.5e9]);
  });

  it('computes a share from a base estimate in the dossier, in the share’s unit', () => {
    const figures = derive([
      { id: 'revenue', metric: 'revenue', range: usd(12.5e9, 19e9), geography: KH },
      {
        id: 'share',
        metric: 'share',
        range: { low: null, high: 60, unit: '%' },
        geography: KH,
        relativeTo: gdpBase,
        numeratorEstimateId: 'revenue',
      },
      { id: 'gdp', metric: 'GDP', metricKey: 'gdp', range: usd(40e9, 50e9), geography: KH },
    ]);
    const share = figures.find((f) => f.kind === 'share-from-base');
    // 12.5 / 50 = 25%, 19 / 40 = 47.5%.
    expect(share?.range.low).toBeCloseTo(25, 9);
    expect(share?.range.high).toBeCloseTo(47.5, 9);
    expect(String(share?.range.unit)).toBe('%');
    expect(share?.inputs).toEqual(['revenue', 'gdp', 'share']);
  });

  it('finds the base by relativeTo.estimateId even without a metric key', () => {
    const figures = derive([
      {
        id: 'share',
        metric: 'share',
        range: { low: 10, high: 20, unit: '%' },
        relativeTo: { metric: 'GDP', estimateId: 'gdp' },
      },
      { id: 'gdp', metric: 'GDP', range: usd(40e9, 50e9) },
    ]);
    // No numerator: the amount the share stands for, 10% × 40 = 4 up to 20% × 50 = 10 billion.
    expect(figures.map((f) => f.id)).toEqual(['implied-numerator:share:gdp']);
    expect([figures[0]?.range.low, figures[0]?.range.high]).toEqual([4e9, 10e9]);
    expect(figures[0]?.operation.op).toBe('mul');
  });

  it('converts a whole in another currency only with a rate, and says so', () => {
    const estimates: DossierInput['estimates'] = [
      {
        id: 'kh',
        metric: 'revenue',
        metricKey: 'revenue',
        range: usd(12.5e9, 19e9),
        geography: KH,
      },
      {
        id: 'sea',
        metric: 'revenue',
        metricKey: 'revenue',
        range: usd(200e12, 300e12, 'KHR/year'),
        geography: [{ kind: 'region', name: 'Southeast Asia', countries: ['KH', 'TH'] }],
      },
    ];
    expect(derive(estimates)).toEqual([]);
    const [share] = derive(estimates, { rates: [range(4000, 4000, 'KHR/USD')] });
    // 200–300 trillion riel at 4,000 a dollar is 50–75 billion dollars: 16.7–38% again.
    expect(share?.range.low).toBeCloseTo(16.6667, 3);
    expect(share?.range.high).toBeCloseTo(38, 9);
    // The rate as applied: riel times dollars per riel, the given rate turned round.
    const applied = share?.operation.operands[1].rate;
    expect(applied?.unit).toBe('USD/KHR');
    expect(applied?.low).toBeLessThanOrEqual(1 / 4000);
    expect(applied?.high).toBeGreaterThanOrEqual(1 / 4000);
    expect(share?.notes.join(' ')).toContain('a rate supplied by the caller');
  });

  it('derives nothing from a numerator that may be zero, or a whole that contains zero', () => {
    expect(
      derive([
        { id: 'revenue', metric: 'revenue', range: usd(0, 19e9), geography: KH },
        {
          id: 'share',
          metric: 'share',
          range: { low: null, high: 60, unit: '%' },
          geography: KH,
          relativeTo: gdpBase,
          numeratorEstimateId: 'revenue',
        },
      ]),
    ).toEqual([]);
    expect(
      derive([
        { id: 'kh', metric: 'revenue', metricKey: 'revenue', range: usd(1e9, 2e9), geography: KH },
        {
          id: 'sea',
          metric: 'revenue',
          metricKey: 'revenue',
          range: usd(0, 75e9),
          geography: [{ kind: 'region', name: 'Southeast Asia', countries: ['KH', 'TH'] }],
        },
      ]),
    ).toEqual([]);
  });

  it('divides money by a count only when the money covers the count’s place', () => {
    const figures = derive([
      {
        id: 'kh-revenue',
        metric: 'revenue',
        metricKey: 'scam-revenue',
        range: usd(12.5e9, 19e9),
        geography: KH,
      },
      {
        id: 'workers',
        metric: 'workers',
        metricKey: 'scam-workers',
        range: { low: 100000, high: 200000, unit: 'people' },
        geography: [...KH, { kind: 'country', code: 'LA' }],
      },
    ]);
    // Cambodia's revenue over Cambodia's and Laos's workers bounds nothing useful: not derived.
    expect(figures).toEqual([]);
  });

  it('derives a declared part metric’s share of its whole at one place, licensed by partOf', () => {
    const figures = deriveFigures(
      parseDossier({
        schemaVersion: '0.2',
        metrics: [{ key: 'modern-slavery' }, { key: 'bonded-labour', partOf: 'modern-slavery' }],
        estimates: [
          {
            id: 'bonded',
            metric: 'bonded labour',
            metricKey: 'bonded-labour',
            range: { low: 2e6, high: 3e6, unit: 'people' },
            geography: KH,
          },
          {
            id: 'all',
            metric: 'modern slavery',
            metricKey: 'modern-slavery',
            range: { low: 8e6, high: 8e6, unit: 'people' },
            geography: KH,
          },
        ],
      }),
    );
    // 2 / 8 = 25% to 3 / 8 = 37.5%.
    expect(figures.map((f) => [f.id, f.licence.kind, f.range.low, f.range.high])).toEqual([
      ['part-of-whole:bonded/all', 'part-of', 25, 37.5],
    ]);
  });

  it('gives figures whose JSON form round-trips through JSON.stringify', () => {
    const [figure] = derive([
      { id: 'revenue', metric: 'revenue', metricKey: 'scam-revenue', range: usd(50e9, 75e9) },
      {
        id: 'workers',
        metric: 'workers',
        metricKey: 'scam-workers',
        range: { low: 350000, high: null, lowInclusive: false, unit: 'people' },
      },
    ]).map(derivedFigureToJSON);
    expect(figure?.range).toEqual({
      low: 0,
      high: 75e9 / 350000,
      lowInclusive: false,
      highInclusive: false,
      unit: 'USD/person/year',
    });
    expect(JSON.parse(JSON.stringify(figure))).toEqual(figure);
  });

  it('keeps the least significant figures of its inputs; an exact input does not limit', () => {
    const figures = derive([
      {
        id: 'revenue',
        metric: 'revenue',
        metricKey: 'scam-revenue',
        range: { low: 12.5e9, high: 19e9, unit: 'USD/year', sigFigs: 3 },
        geography: KH,
      },
      {
        id: 'share',
        metric: 'share',
        range: { low: null, high: 60, unit: '%', sigFigs: 2 },
        geography: KH,
        relativeTo: gdpBase,
        numeratorEstimateId: 'revenue',
      },
      {
        id: 'workers',
        metric: 'workers',
        metricKey: 'scam-workers',
        range: { low: 350000, high: 400000, unit: 'people' },
        geography: KH,
      },
    ]);
    const sigFigs = Object.fromEntries(figures.map((f) => [f.id, f.range.sigFigs]));
    expect(sigFigs).toEqual({
      // revenue (3) over the positive part of the share (2), and over its ends.
      'implied-base:share': 2,
      'paired-base:share:high': 2,
      'paired-share:share:high': 2,
      // revenue (3) over exact workers: the exact count does not limit it.
      'per-unit:revenue/workers': 3,
    });
    const exact = derive([
      { id: 'revenue', metric: 'revenue', metricKey: 'scam-revenue', range: usd(50e9, 75e9) },
      {
        id: 'workers',
        metric: 'workers',
        metricKey: 'scam-workers',
        range: { low: 350000, high: 400000, unit: 'people' },
      },
    ]);
    expect(exact.map((f) => f.range.sigFigs)).toEqual([undefined]);
  });

  it('returns frozen figures', () => {
    const [figure] = derive([
      { id: 'revenue', metric: 'revenue', metricKey: 'scam-revenue', range: usd(50e9, 75e9) },
      {
        id: 'workers',
        metric: 'workers',
        metricKey: 'scam-workers',
        range: { low: 350000, high: 400000, unit: 'people' },
      },
    ]);
    expect(Object.isFrozen(figure)).toBe(true);
    expect(Object.isFrozen(figure?.operation.operands[0])).toBe(true);
    expect(Object.isFrozen(figure?.notes)).toBe(true);
  });
});
