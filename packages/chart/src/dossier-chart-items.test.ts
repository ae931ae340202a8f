import { InvalidRangeError, point } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { type ChartDossier, dossierChartItems } from './dossier-chart-items';
import { rangeChart } from './range-chart';

const dossier: ChartDossier = {
  reports: [
    {
      estimates: [
        {
          metric: 'Scam revenue',
          range: { low: 12.5e9, high: 19e9, unit: 'USD/year' },
          geography: [{ kind: 'country', code: 'KH' }],
        },
        {
          metric: 'Scam labour force',
          range: { low: 350000, high: null, unit: 'people', lowInclusive: false },
          geography: [
            { kind: 'country', code: 'KH' },
            { kind: 'country', code: 'MM' },
            { kind: 'country', code: 'LA' },
          ],
        },
      ],
    },
    {},
  ],
  estimates: [
    {
      metric: 'Regional revenue',
      range: { low: 50e9, high: 75e9, unit: 'USD/year', central: undefined },
      geography: [{ kind: 'region', name: 'Southeast Asia' }],
    },
    { metric: 'Victims', range: { low: 100, high: 200, unit: 'people' } },
    {
      metric: 'Provincial revenue',
      range: { low: 1, high: 2, unit: 'USD' },
      geography: [{ kind: 'subdivision', code: 'KH-12' }],
    },
  ],
};

describe('dossierChartItems', () => {
  const derived = [{ label: 'Revenue per worker', range: point(40000, 'USD/year') }];
  const items = dossierChartItems(dossier, derived);

  it("lists the reports' estimates, then the dossier's, then the derived figures", () => {
    expect(items.map((item) => [item.label, item.derived ?? false])).toEqual([
      ['Scam revenue', false],
      ['Scam labour force', false],
      ['Regional revenue', false],
      ['Victims', false],
      ['Provincial revenue', false],
      ['Revenue per worker', true],
    ]);
  });

  it('names places as a reader does: countries by name, regions by their name, codes otherwise', () => {
    expect(items.map((item) => item.scope)).toEqual([
      'Cambodia',
      'Cambodia, Myanmar, Laos',
      'Southeast Asia',
      undefined,
      'KH-12',
      undefined,
    ]);
  });

  it('reads each range from its JSON form, open bounds and inclusivity included', () => {
    expect(items[1]?.range).toMatchObject({ low: 350000, high: Infinity, lowInclusive: false });
    expect(items[1]?.range.unit.text).toBe('people');
    expect(items[5]?.range).toBe(derived[0]?.range);
  });

  it('draws no derived figures when none are given', () => {
    expect(dossierChartItems(dossier).some((item) => item.derived === true)).toBe(false);
  });

  it('gives items rangeChart draws: one interval each', () => {
    expect(rangeChart(items).split('<g class="interval').length - 1).toBe(6);
  });

  it('refuses a range that is not valid JSON form with the range error', () => {
    const bad: ChartDossier = {
      reports: [],
      estimates: [{ metric: 'x', range: { low: 5, high: 1, unit: 'USD' } }],
    };
    expect(() => dossierChartItems(bad)).toThrow(InvalidRangeError);
  });
});
