import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../findings/check-dossier';

const KH: Geography[] = [{ kind: 'country', code: 'KH' }];
type Period = { start?: string; end?: string };
const victims = (id: string, low: number, high: number, period?: Period) => ({
  id,
  metric: `Victims, per ${id}`,
  metricKey: 'scam-victims',
  range: { low, high, unit: 'people' },
  geography: KH,
  ...(period === undefined ? {} : { period }),
});
const disagreements = (estimates: DossierInput['estimates']) =>
  checkDossier(parseDossier({ schemaVersion: '0.2', estimates }))
    .filter((f) => f.code === 'estimates-disagree')
    .map((f) => f.refs);

describe('which estimates are compared', () => {
  it('compares undated estimates with each dated period once, in the order they are listed', () => {
    expect(
      disagreements([
        victims('undated-high', 1000, 2000),
        victims('dated', 10, 20, { start: '2024', end: '2024' }),
        victims('undated-middle', 100, 200),
      ]),
    ).toEqual([['undated-high', 'dated', 'undated-middle']]);
  });

  it('keeps periods apart that share only a start or only an end', () => {
    expect(
      disagreements([
        victims('two-years', 1000, 2000, { start: '2023', end: '2024' }),
        victims('one-year', 10, 20, { start: '2024', end: '2024' }),
      ]),
    ).toEqual([]);
    expect(
      disagreements([
        victims('from-2023', 1000, 2000, { start: '2023' }),
        victims('in-2023', 10, 20, { start: '2023', end: '2023' }),
      ]),
    ).toEqual([]);
  });

  it('compares no estimates without a metric key, whatever their figures', () => {
    const unkeyed = (id: string, low: number, high: number) => {
      const { metricKey: _, ...rest } = victims(id, low, high);
      return rest;
    };
    expect(disagreements([unkeyed('a', 10, 20), unkeyed('b', 1000, 2000)])).toEqual([]);
  });
});
