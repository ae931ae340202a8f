import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { checkDossier } from './check-dossier';

const KH: Geography[] = [{ kind: 'country', code: 'KH' }];
const Y2024 = { start: '2024', end: '2024' };
const gdp = { metric: 'GDP of Cambodia', metricKey: 'gdp', geography: KH };
const revenue = (id: string, low: number, high: number) => ({
  id,
  metric: 'Scam revenue in Cambodia',
  metricKey: 'scam-revenue',
  range: { low, high, unit: 'USD/year' },
  geography: KH,
  period: Y2024,
});

const victims = (id: string, low: number, high: number) => ({
  id,
  metric: 'Victims of scam centres in Cambodia',
  metricKey: 'scam-victims',
  range: { low, high, unit: 'people' },
  geography: KH,
  period: Y2024,
});

/**
 * One dossier that draws findings of every severity, listed so that the checks find them in
 * another order than the one returned: a share reaching above 100% (a warning) before one
 * above it throughout (an error), and revenue figures that disagree (a warning), nest (a note)
 * and are keyed like a head count (an error); head counts that nest (a note) come first.
 */
const mixed: DossierInput = {
  schemaVersion: '0.2',
  estimates: [
    victims('victims-wide', 10_000, 20_000),
    victims('victims-narrow', 12_000, 15_000),
    revenue('revenue-a', 12.5e9, 19e9),
    revenue('revenue-b', 2e9, 3e9),
    revenue('revenue-c', 13e9, 14e9),
    {
      id: 'share-reaching',
      metric: 'Informal economy as a share of GDP',
      metricKey: 'informal-share-of-gdp',
      range: { low: 80, high: 110, unit: '%' },
      geography: KH,
      relativeTo: gdp,
    },
    {
      id: 'share-high',
      metric: 'Scam revenue as a share of GDP',
      metricKey: 'scam-share-of-gdp',
      range: { low: 120, high: 150, unit: '%' },
      geography: KH,
      relativeTo: gdp,
    },
    {
      id: 'workers',
      metric: 'Scam workers in Cambodia',
      metricKey: 'scam-revenue',
      range: { low: 100_000, high: 150_000, unit: 'people' },
      geography: KH,
      period: Y2024,
    },
  ],
};

describe('checkDossier order', () => {
  it('returns errors, then warnings, then notes; within a severity by code, then as found', () => {
    const found = checkDossier(parseDossier(mixed)).map((f) => [f.severity, f.code, f.refs]);
    expect(found).toEqual([
      ['error', 'share-above-100', ['share-high']],
      ['error', 'unit-incompatible', ['revenue-a', 'workers']],
      ['warning', 'estimates-disagree', ['revenue-a', 'revenue-b', 'revenue-c']],
      ['warning', 'share-above-100', ['share-reaching']],
      ['info', 'estimates-nest', ['victims-narrow', 'victims-wide']],
    ]);
  });
});
