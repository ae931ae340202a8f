import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { checkDossier } from './check-dossier';

const IN: Geography[] = [{ kind: 'country', code: 'IN' }];
type Extra = { asOf?: string; supersedes?: string; period?: { start: string; end: string } };
const slavery = (id: string, people: number, extra: Extra = {}) => ({
  id,
  metric: 'People in modern slavery',
  metricKey: 'modern-slavery',
  range: { low: people, high: people, unit: 'people' },
  geography: IN,
  ...extra,
});
const found = (estimates: DossierInput['estimates']) =>
  checkDossier(parseDossier({ schemaVersion: '0.2', estimates })).map((f) => [
    f.code,
    f.refs,
    f.message,
  ]);
const revised = (history: string) =>
  `“People in modern slavery” for India was revised: ${history}. A revision is the figure's history, not a disagreement; the latest is current.`;

describe('estimates-revised', () => {
  it('walks a supersedes chain back to its first figure: one finding, oldest first', () => {
    expect(
      found([
        slavery('index-2023', 11_000_000, { asOf: '2023', supersedes: 'index-2018' }),
        slavery('index-2016', 18_000_000, { asOf: '2016' }),
        slavery('index-2018', 8_000_000, { asOf: '2018', supersedes: 'index-2016' }),
      ]),
    ).toEqual([
      [
        'estimates-revised',
        ['index-2016', 'index-2018', 'index-2023'],
        revised('18 million people (2016) → 8 million people (2018) → 11 million people (2023)'),
      ],
    ]);
  });

  it('dates each step by asOf, else by the start of its period, else not at all', () => {
    expect(
      found([
        slavery('first', 18_000_000),
        slavery('second', 8_000_000, {
          supersedes: 'first',
          period: { start: '2017', end: '2018' },
        }),
      ]),
    ).toEqual([
      [
        'estimates-revised',
        ['first', 'second'],
        revised('18 million people → 8 million people (2017)'),
      ],
    ]);
  });

  it('orders estimates by asOf date, leaving out those without one; only the latest is current', () => {
    expect(
      found([
        slavery('in-2018', 8_000_000, { asOf: '2018' }),
        slavery('undated', 30_000_000),
        slavery('in-2016', 18_000_000, { asOf: '2016' }),
      ]),
    ).toEqual([
      // The undated estimate still disagrees with the current one, not with the 2016 figure.
      [
        'estimates-disagree',
        ['in-2018', 'undated'],
        expect.stringContaining('(30 million people), source not stated is certainly greater than'),
      ],
      [
        'estimates-revised',
        ['in-2016', 'in-2018'],
        revised('18 million people (2016) → 8 million people (2018)'),
      ],
    ]);
  });

  it('keeps every estimate of the latest date current', () => {
    const findings = found([
      slavery('in-2016', 18_000_000, { asOf: '2016' }),
      slavery('in-2018-a', 8_000_000, { asOf: '2018' }),
      slavery('in-2018-b', 9_000_000, { asOf: '2018' }),
    ]);
    expect(findings.map(([code, refs]) => [code, refs])).toEqual([
      ['estimates-disagree', ['in-2018-a', 'in-2018-b']],
      ['estimates-revised', ['in-2016', 'in-2018-a', 'in-2018-b']],
    ]);
  });
});
