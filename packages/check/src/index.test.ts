import { describe, expect, it } from 'vitest';

describe('@reckon/check', () => {
  it('exports exactly its public API', async () => {
    expect(Object.keys(await import('@reckon/check')).sort()).toEqual([
      'EXACT_FIGURE_SIG_FIGS',
      'FINDING_CODES',
      'checkDossier',
      'deriveFigures',
      'derivedFigureToJSON',
      'formatFigure',
      'validateOnce',
    ]);
  });

  it('documents every finding code with a severity and a summary', async () => {
    const { FINDING_CODES } = await import('@reckon/check');
    expect(Object.keys(FINDING_CODES)).toEqual([
      'part-exceeds-whole',
      'part-metric-exceeds-whole',
      'parts-exceed-whole',
      'estimates-disagree',
      'estimates-nest',
      'estimates-revised',
      'share-above-100',
      'share-impossible',
      'scope-mismatch',
      'period-mismatch',
      'unit-incompatible',
      'currency-without-rate',
      'counter-estimate-disagrees',
      'counter-estimate-mismatch',
    ]);
  });
});
