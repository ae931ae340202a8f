import { expect, it } from 'vitest';

it('exports exactly its public API', async () => {
  expect(Object.keys(await import('@reckon/chart')).sort()).toEqual([
    'ChartDataError',
    'ChartOptionsError',
    'dossierChartItems',
    'rangeChart',
  ]);
});
