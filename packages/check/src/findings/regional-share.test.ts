import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { deriveFigures } from '../derive/derive-figures';
import { checkDossier } from './check-dossier';

const KH: Geography[] = [{ kind: 'country', code: 'KH' }];
const SEA: Geography[] = [
  { kind: 'region', name: 'Southeast Asia', countries: ['KH', 'LA', 'MM', 'TH'] },
];
const revenue = {
  id: 'revenue',
  metric: 'Scam revenue in Cambodia',
  metricKey: 'scam-revenue',
  range: { low: 12.5e9, high: 19e9, unit: 'USD/year' },
  geography: KH,
};
const share = (numeratorEstimateId?: string, baseGeography: Geography[] | null = SEA) => ({
  id: 'share',
  metric: 'Scam revenue as a share of regional GDP',
  metricKey: 'share',
  range: { low: 1, high: 2, unit: '%' },
  geography: KH,
  relativeTo: {
    metric: 'GDP of Southeast Asia',
    metricKey: 'gdp',
    ...(baseGeography === null ? {} : { geography: baseGeography }),
  },
  ...(numeratorEstimateId === undefined ? {} : { numeratorEstimateId }),
});
const gdp = (unit = 'USD/year', low = 3e12, high = 4e12) => ({
  id: 'gdp',
  metric: 'GDP of Southeast Asia',
  metricKey: 'gdp',
  range: { low, high, unit },
  geography: SEA,
});
const check = (estimates: DossierInput['estimates']) =>
  checkDossier(parseDossier({ schemaVersion: '0.2', estimates }));

describe('a country’s revenue as a share of its region’s GDP', () => {
  it('mixes places once per pair of estimates, and is a figure for neither place alone', () => {
    const findings = check([revenue, share('revenue'), gdp()]);
    const mixed = findings.filter((f) => f.code === 'scope-mismatch');
    // The implied GDP and its paired readings all come from the revenue and the share: once.
    expect(mixed.map((f) => f.refs)).toEqual([
      ['revenue', 'share'],
      ['revenue', 'gdp'],
    ]);
    // The base is named by the share that states it, with the share's period when it has one.
    expect(mixed[0]?.message).toContain(
      'with the base of “Scam revenue as a share of regional GDP” (GDP of Southeast Asia) for Southeast Asia. It is computed',
    );
    expect(mixed[1]?.message).toBe(
      'A derived figure mixes places: “Scam revenue in Cambodia” as a share of “GDP of Southeast Asia”. ' +
        'It combines “Scam revenue in Cambodia” for Cambodia ($12.5–19 billion a year), source not stated, ' +
        'with “GDP of Southeast Asia” for Southeast Asia ($3–4 trillion a year), source not stated. ' +
        'It is computed all the same; it is not a figure for either place alone.',
    );
    // $12.5–19 billion over $3–4 trillion is 0.31–0.63%, not 1–2%.
    expect(findings.filter((f) => f.code === 'share-impossible').map((f) => f.refs)).toEqual([
      ['share', 'revenue', 'gdp'],
    ]);
  });

  it('says nothing is impossible without a numerator, or with a base in a currency it cannot convert', () => {
    const codes = (estimates: DossierInput['estimates']) => check(estimates).map((f) => f.code);
    expect(codes([share(), gdp()])).not.toContain('share-impossible');
    expect(codes([revenue, share('revenue'), gdp('KHR/year', 12e15, 16e15)])).not.toContain(
      'share-impossible',
    );
  });

  it('notes the places an implied base mixes, and mixes none with a base whose place is not stated', () => {
    const notesOf = (estimates: DossierInput['estimates']) =>
      deriveFigures(parseDossier({ schemaVersion: '0.2', estimates })).find(
        (f) => f.id === 'implied-base:share',
      )?.notes;
    const independent =
      'Reads the amount and the share as independent ranges (any amount at any share), the only reading the figures prove.';
    expect(notesOf([revenue, share('revenue')])).toEqual([
      independent,
      'Mixes scopes: “Scam revenue in Cambodia” covers Cambodia but the base of “Scam revenue as a share of regional GDP” (GDP of Southeast Asia) covers Southeast Asia.',
    ]);
    expect(notesOf([revenue, share('revenue', null)])).toEqual([independent]);
    const unstated = check([revenue, share('revenue', null)]).map((f) => f.code);
    expect(unstated).not.toContain('scope-mismatch');
  });
});
