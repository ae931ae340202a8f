import { range } from '@reckon/range';
import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../options';
import { checkDossier } from './check-dossier';

const SEA: Geography = {
  kind: 'region',
  name: 'Southeast Asia',
  countries: ['KH', 'LA', 'MM', 'TH'],
};
type Bounds = { low: number | null; high: number | null; lowInclusive?: boolean; unit?: string };
const trapped = (id: string, places: string[], bounds: Bounds, year = '2024') => ({
  id,
  metric: `People trapped, per ${id}`,
  metricKey: 'scam-trapped',
  range: { unit: 'people', ...bounds },
  geography: places.map(
    (p): Geography => (p === 'SEA' ? SEA : { kind: 'country', code: p as 'KH' }),
  ),
  period: { start: year, end: year },
});
const region = trapped('region', ['SEA'], { low: null, high: 200_000 });
const found = (estimates: DossierInput['estimates'], options?: CheckOptions) =>
  checkDossier(parseDossier({ schemaVersion: '0.2', estimates }), options)
    .filter((f) => f.code === 'parts-exceed-whole')
    .map((f) => f.refs);

describe('parts-exceed-whole', () => {
  it('adds each place’s lowest figure: one low estimate of a place is enough to fit', () => {
    const myanmar = trapped('mm', ['MM'], { low: 120_000, high: 130_000 });
    // 30,000 + 120,000 fits under 200,000, though 100,000 + 120,000 would not.
    const low = trapped('kh-low', ['KH'], { low: 30_000, high: 40_000 });
    const high = trapped('kh-high', ['KH'], { low: 100_000, high: 150_000 });
    expect(found([low, high, myanmar, region])).toEqual([]);
    expect(found([high, low, myanmar, region])).toEqual([]);
    expect(found([high, myanmar, region])).toEqual([['kh-high', 'mm', 'region']]);
  });

  it('keeps an excluded lower bound: more than 100,000 and at least 120,000 exceed 220,000', () => {
    const more = trapped('kh-more', ['KH'], { low: 100_000, high: null, lowInclusive: false });
    const least = trapped('kh-least', ['KH'], { low: 100_000, high: null });
    const myanmar = trapped('mm', ['MM'], { low: 120_000, high: null });
    const upTo = trapped('region', ['SEA'], { low: null, high: 220_000 });
    expect(found([more, myanmar, upTo])).toEqual([['kh-more', 'mm', 'region']]);
    // With "at least 100,000" beside it, the parts may add up to exactly 220,000.
    expect(found([more, least, myanmar, upTo])).toEqual([]);
    expect(found([least, more, myanmar, upTo])).toEqual([]);
  });

  it('adds only places inside the whole that do not overlap one another, of the whole’s period', () => {
    const estimates = [
      trapped('kh', ['KH'], { low: 100_000, high: 110_000 }),
      trapped('kh-la', ['KH', 'LA'], { low: 105_000, high: 115_000 }),
      trapped('mm', ['MM'], { low: 120_000, high: 130_000 }),
      trapped('la-2023', ['LA'], { low: 50_000, high: 60_000 }, '2023'),
      trapped('fr', ['FR'], { low: 1e6, high: 2e6 }),
      region,
    ];
    expect(found(estimates)).toEqual([['kh', 'mm', 'region']]);
  });

  it('leaves a single part above its whole to part-exceeds-whole', () => {
    const estimates = [
      trapped('kh', ['KH'], { low: 300_000, high: 310_000 }),
      trapped('mm-2023', ['MM'], { low: 120_000, high: 130_000 }, '2023'),
      region,
    ];
    expect(found(estimates)).toEqual([]);
    const codes = checkDossier(parseDossier({ schemaVersion: '0.2', estimates })).map(
      (f) => f.code,
    );
    expect(codes).toContain('part-exceeds-whole');
  });

  it('adds money in another currency only at a rate', () => {
    const revenue = (
      id: string,
      places: string[],
      low: number | null,
      high: number | null,
      unit: string,
    ) => ({
      ...trapped(id, places, { low, high, unit }),
      metric: `Revenue, per ${id}`,
      metricKey: 'scam-revenue',
    });
    const estimates = [
      revenue('kh', ['KH'], 40e12, 50e12, 'KHR/year'),
      revenue('mm', ['MM'], 8e9, 9e9, 'USD/year'),
      revenue('region', ['SEA'], null, 15e9, 'USD/year'),
    ];
    expect(found(estimates)).toEqual([]);
    // 40 trillion riel at 4,000 riel a dollar is 10 billion dollars: 18 billion in all.
    expect(found(estimates, { rates: [range(4000, 4000, 'KHR/USD')] })).toEqual([
      ['kh', 'mm', 'region'],
    ]);
  });
});
