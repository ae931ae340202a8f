import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { formatFigure } from '../words/format-figure';
import { deriveFigures } from './derive-figures';

const KH: Geography[] = [{ kind: 'country', code: 'KH' }];
const Y2024 = { start: '2024', end: '2024' };
const revenue = {
  id: 'revenue',
  metric: 'Scam revenue',
  metricKey: 'scam-revenue',
  range: { low: 10e9, high: 20e9, unit: 'USD/year' },
  geography: KH,
  period: Y2024,
};
const workers = (low: number, metricKey = 'scam-workers') => ({
  id: 'workers',
  metric: 'Scam workers',
  metricKey,
  range: { low, high: 200_000, unit: 'people' },
  geography: KH,
  period: Y2024,
});
const perUnit = (estimates: DossierInput['estimates']) =>
  deriveFigures(parseDossier({ schemaVersion: '0.2', estimates }))
    .filter((f) => f.kind === 'per-unit')
    .map((f) => [f.id, formatFigure(f.range)]);

describe('per-unit figures', () => {
  it('divides money by a positive count of the same family, at the same place and period', () => {
    // $10–20 billion over 100,000–200,000 people: $50,000–200,000 each.
    expect(perUnit([revenue, workers(100_000)])).toEqual([
      ['per-unit:revenue/workers', '$50,000–200,000 per person a year'],
    ]);
  });

  it('divides by no count that may be 0, nor by one keyed as the money itself', () => {
    expect(perUnit([revenue, workers(0)])).toEqual([]);
    expect(perUnit([revenue, workers(100_000, 'scam-revenue')])).toEqual([]);
  });
});
