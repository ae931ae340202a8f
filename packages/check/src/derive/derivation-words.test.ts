import { range } from '@reckon/range';
import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../options';
import { formatFigure } from '../words/format-figure';
import { deriveFigures } from './derive-figures';

const KH: Geography[] = [{ kind: 'country', code: 'KH' }];
const gdpBase = { metric: 'GDP of Cambodia', metricKey: 'gdp', geography: KH };

/** Each figure's words: its label, value as printed, operation, licence and notes. */
const wordsOf = (
  input: Omit<DossierInput, 'schemaVersion'>,
  options?: CheckOptions,
): Record<string, unknown> =>
  Object.fromEntries(
    deriveFigures(parseDossier({ schemaVersion: '0.2', ...input }), options).map((f) => [
      f.id,
      [f.label, formatFigure(f.range), f.operation.words, f.licence, f.notes],
    ]),
  );

/**
 * The kinds of figure, licence, operation and note the fixtures do not reach, in words: an
 * amount a share implies from its base (a product), a declared part metric, a whole converted
 * at a rate, and the pairing of an "at least" share's low end.
 */
describe('derivations in words', () => {
  it('applies a share to its base: the amount it implies, a product', () => {
    const words = wordsOf({
      estimates: [
        {
          id: 'gdp',
          metric: 'GDP of Cambodia',
          metricKey: 'gdp',
          range: { low: 40e9, high: 45e9, unit: 'USD/year' },
          geography: KH,
        },
        {
          id: 'share',
          metric: 'Scam revenue as a share of GDP',
          range: { low: 30, high: 40, unit: '%' },
          geography: KH,
          relativeTo: gdpBase,
        },
      ],
    });
    // 30% of $40 billion is $12 billion; 40% of $45 billion, $18 billion.
    expect(words).toEqual({
      'implied-numerator:share:gdp': [
        'The amount “Scam revenue as a share of GDP” implies, applied to “GDP of Cambodia”',
        '$12–18 billion a year',
        '“Scam revenue as a share of GDP” × “GDP of Cambodia”',
        {
          kind: 'base',
          words: '“GDP of Cambodia” is the base of “Scam revenue as a share of GDP”',
        },
        [
          'The base is “GDP of Cambodia” for Cambodia ($40–45 billion a year), source not stated, an estimate in this dossier.',
        ],
      ],
    });
  });

  it('takes a declared part metric as a share of its whole, by the dossier’s declaration', () => {
    const words = wordsOf({
      metrics: [{ key: 'modern-slavery' }, { key: 'bonded-labour', partOf: 'modern-slavery' }],
      estimates: [
        {
          id: 'bonded',
          metric: 'bonded labour',
          metricKey: 'bonded-labour',
          range: { low: 2e6, high: 3e6, unit: 'people' },
          geography: KH,
        },
        {
          id: 'all',
          metric: 'modern slavery',
          metricKey: 'modern-slavery',
          range: { low: 8e6, high: 8e6, unit: 'people' },
          geography: KH,
        },
      ],
    });
    expect(words).toEqual({
      'part-of-whole:bonded/all': [
        '“bonded labour” for Cambodia as a share of “modern slavery” for Cambodia',
        '25–37.5%',
        '“bonded labour” ÷ “modern slavery”',
        {
          kind: 'part-of',
          words:
            '“bonded-labour” is declared part of “modern-slavery” (metrics[].partOf), both for Cambodia',
        },
        [
          "Assumes “modern slavery” includes “bonded labour”, as the dossier's metrics declare (partOf).",
        ],
      ],
    });
  });

  it('says which rate converted a whole, as applied', () => {
    const sea: Geography[] = [{ kind: 'region', name: 'Southeast Asia', countries: ['KH', 'TH'] }];
    const words = wordsOf(
      {
        estimates: [
          {
            id: 'kh',
            metric: 'revenue',
            metricKey: 'revenue',
            range: { low: 12.5e9, high: 19e9, unit: 'USD/year' },
            geography: KH,
          },
          {
            id: 'sea',
            metric: 'revenue',
            metricKey: 'revenue',
            range: { low: 200e12, high: 300e12, unit: 'KHR/year' },
            geography: sea,
          },
        ],
      },
      { rates: [range(4000, 4000, 'KHR/USD')] },
    );
    expect(words['part-of-whole:kh/sea']).toEqual([
      '“revenue” for Cambodia as a share of “revenue” for Southeast Asia',
      '16.6–38%',
      '“revenue” ÷ “revenue” converted at 0.00025 USD/KHR',
      { kind: 'place', words: 'one metric (“revenue”), Cambodia inside Southeast Asia' },
      [
        'Assumes “revenue” includes “revenue” and measures the same thing, as their shared metric key says.',
        '“revenue” was converted at 0.00025 USD/KHR, a rate supplied by the caller; its uncertainty widens the result.',
      ],
    ]);
  });

  it('pairs an "at least" share with the low end of its numerator, and says it assumes so', () => {
    const words = wordsOf({
      estimates: [
        {
          id: 'revenue',
          metric: 'revenue',
          range: { low: 12.5e9, high: 19e9, unit: 'USD/year' },
          geography: KH,
        },
        {
          id: 'share',
          metric: 'share',
          range: { low: 40, high: null, unit: '%', qualifier: 'at-least' },
          geography: KH,
          relativeTo: gdpBase,
          numeratorEstimateId: 'revenue',
        },
      ],
    });
    const assumes =
      'Assumes 40%, the share\'s lower bound, belongs to the low end of “revenue” ($12.5 billion a year), as "at least" in a source\'s arithmetic usually means; the figures themselves do not say so.';
    const licence = {
      kind: 'numerator',
      words: '“share” names “revenue” as its numerator and GDP of Cambodia as its base',
    };
    // 12.5 / 0.4 = 31.25 billion; then 19 / 31.25 = 60.8%.
    expect(words['paired-base:share:low']).toEqual([
      'GDP of Cambodia, if the low end of “revenue” ($12.5 billion a year) is 40% of it',
      '$31.3 billion a year',
      'the low end of “revenue” ($12.5 billion a year) ÷ the low end of “share” (40%)',
      licence,
      [assumes],
    ]);
    expect(words['paired-share:share:low']).toEqual([
      '“revenue” as a share of GDP of Cambodia, if the low end of “revenue” ($12.5 billion a year) is 40% of it',
      '40–60.8%',
      '“revenue” ÷ GDP of Cambodia, if the low end of “revenue” ($12.5 billion a year) is 40% of it',
      licence,
      [
        "Under the same assumption, the rest of the amount's range gives the rest of the share's.",
        assumes,
      ],
    ]);
  });
});
