import { range } from '@reckon/range';
import { type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../options';
import { formatFigure } from '../words/format-figure';
import { deriveFigures } from './derive-figures';

const KH: Geography[] = [{ kind: 'country', code: 'KH' }];
const shareFromBase = (
  gdp: { low: number; high: number; unit: string },
  options?: CheckOptions,
) => {
  const figures = deriveFigures(
    parseDossier({
      schemaVersion: '0.2',
      estimates: [
        {
          id: 'revenue',
          metric: 'revenue',
          range: { low: 40e9, high: 50e9, unit: 'USD/year' },
          geography: KH,
        },
        { id: 'gdp', metric: 'GDP of Cambodia', metricKey: 'gdp', range: gdp, geography: KH },
        {
          id: 'share',
          metric: 'share',
          range: { low: 90, high: 100, unit: '%' },
          geography: KH,
          relativeTo: { metric: 'GDP of Cambodia', metricKey: 'gdp', geography: KH },
          numeratorEstimateId: 'revenue',
        },
      ],
    }),
    options,
  );
  const figure = figures.find((f) => f.kind === 'share-from-base');
  if (figure === undefined) throw new Error('no share from the base');
  return {
    shown: formatFigure(figure.range),
    words: figure.operation.words,
    notes: figure.notes,
    operands: figure.operation.operands,
  };
};

const capped = '“revenue” is a part of its whole, so the result is capped at 100%.';

describe('a share computed from its base in the dossier', () => {
  it('caps at 100% a share its figures allow above it, and says so', () => {
    // $40–50 billion over $40–45 billion: 88.9% to 125%, capped at 100%.
    expect(shareFromBase({ low: 40e9, high: 45e9, unit: 'USD/year' })).toMatchObject({
      shown: '88.8–100%',
      words: '“revenue” ÷ “GDP of Cambodia”',
      notes: [
        'The base is “GDP of Cambodia” for Cambodia ($40–45 billion a year), source not stated, an estimate in this dossier.',
        capped,
      ],
    });
  });

  it('says at which rate it converted a base in another currency', () => {
    const { shown, words, notes, operands } = shareFromBase(
      { low: 160e12, high: 180e12, unit: 'KHR/year' },
      { rates: [range(4000, 4000, 'KHR/USD')] },
    );
    // 160–180 trillion riel at 4,000 a dollar: $40–45 billion, as above.
    expect(shown).toBe('88.8–100%');
    expect(words).toBe('“revenue” ÷ “GDP of Cambodia” converted at 0.00025 USD/KHR');
    expect(notes).toEqual([
      'The base is “GDP of Cambodia” for Cambodia (KHR\u00a0160–180 trillion a year), source not stated, an estimate in this dossier.',
      '“GDP of Cambodia” was converted at 0.00025 USD/KHR, a rate supplied by the caller; its uncertainty widens the result.',
      capped,
    ]);
    // Frozen like the rest of a figure, down to the rate.
    expect(Object.isFrozen(operands[1]?.rate)).toBe(true);
    expect(operands[1]).toMatchObject({
      ref: 'gdp',
      source: 'estimate',
      take: 'all',
      rate: { unit: 'USD/KHR' },
    });
  });
});
