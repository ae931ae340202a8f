import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../findings/check-dossier';

const SEA: Geography = {
  kind: 'region',
  name: 'Southeast Asia',
  countries: ['KH', 'LA', 'MM', 'TH'],
};
const revenue = (id: string, place: Geography, low: number, high: number, year?: string) => ({
  id,
  metric: `Scam revenue, per ${id}`,
  metricKey: 'scam-revenue',
  range: { low, high, unit: 'USD/year' },
  geography: [place],
  ...(year === undefined ? {} : { period: { start: year, end: year } }),
});
const cambodia = (id: string, year?: string) =>
  revenue(id, { kind: 'country', code: 'KH' }, 80e9, 90e9, year);
const region = (id: string, year?: string) => revenue(id, SEA, 50e9, 75e9, year);
const exceeds = (estimates: DossierInput['estimates']) =>
  checkDossier(parseDossier({ schemaVersion: '0.2', estimates }))
    .filter((f) => f.code === 'part-exceeds-whole')
    .map((f) => f.refs);

describe('which periods a part and its whole are compared at', () => {
  it('compares like periods, and an undated estimate with the one period the other states', () => {
    expect(exceeds([cambodia('kh', '2024'), region('sea', '2024')])).toEqual([['kh', 'sea']]);
    expect(exceeds([cambodia('kh', '2023'), region('sea', '2024')])).toEqual([]);
    expect(exceeds([cambodia('kh'), region('sea', '2024')])).toEqual([['kh', 'sea']]);
    expect(exceeds([cambodia('kh', '2024'), region('sea')])).toEqual([['kh', 'sea']]);
    expect(exceeds([cambodia('kh'), region('sea')])).toEqual([['kh', 'sea']]);
  });

  it('compares an undated estimate with no dated one when the other states several periods', () => {
    expect(
      exceeds([cambodia('kh'), region('sea-2023', '2023'), region('sea-2024', '2024')]),
    ).toEqual([]);
    expect(
      exceeds([cambodia('kh-2023', '2023'), cambodia('kh-2024', '2024'), region('sea')]),
    ).toEqual([]);
  });
});
