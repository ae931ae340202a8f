import { describe, expect, it } from 'vitest';
import { safeParseEstimate, safeParseQuote, safeParseSource } from '../index';
import { ConfidenceSchema } from './confidence';
import { GeographySchema } from './geography';
import { IdSchema } from './id';
import { UrlSchema } from './url';

describe('ids', () => {
  it.each(['jacob-sims', 'report:2025.1', 'a', '9_lives'])('accepts %j', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
  });
  it.each(['', 'Jacob', '-lead', 'has space', 'x'.repeat(129), 'café'])('refuses %j', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });
});

describe('URLs', () => {
  it('accepts http and https only', () => {
    expect(UrlSchema.safeParse('https://example.org/a?b=c#d').success).toBe(true);
    expect(UrlSchema.safeParse('http://example.org').success).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://example.org',
      '//example.org',
      'https://',
    ]) {
      expect(UrlSchema.safeParse(url).success, url).toBe(false);
    }
  });

  it('names the field and says what would be right', () => {
    const result = safeParseSource({ id: 's', kind: 'dataset', url: 'www.example.org' });
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: 'url',
        code: 'invalid_format',
        message:
          '"www.example.org" is not an http or https URL: write it in full, e.g. "https://example.org/report.pdf"',
      },
    ]);
  });
});

describe('places', () => {
  it('accepts countries, subdivisions and regions with their countries', () => {
    expect(GeographySchema.safeParse({ kind: 'subdivision', code: 'KH-12' }).success).toBe(true);
    expect(
      GeographySchema.safeParse({
        kind: 'region',
        name: 'Mekong',
        countries: ['KH', 'LA', 'TH', 'VN', 'MM'],
      }).success,
    ).toBe(true);
  });

  it('refuses a subdivision of no country, and a region with an empty country list', () => {
    expect(GeographySchema.safeParse({ kind: 'subdivision', code: 'QQ-12' }).success).toBe(false);
    expect(
      GeographySchema.safeParse({ kind: 'region', name: 'Nowhere', countries: [] }).success,
    ).toBe(false);
  });
});

describe('confidence', () => {
  it('accepts a scale’s own terms with the source’s wording', () => {
    expect(
      ConfidenceSchema.safeParse({ scale: 'ipcc-ar4', term: 'very likely', wording: 'very likely' })
        .success,
    ).toBe(true);
  });

  it('keeps the band out of scaled statements, where the scale defines it', () => {
    const scaled = {
      scale: 'ipcc-ar5',
      term: 'likely',
      probability: { low: 66, high: 100, unit: '%' },
    };
    expect(ConfidenceSchema.safeParse(scaled).success).toBe(false);
  });

  it('checks an unscaled band: dimensionless, within 0 and 1', () => {
    const band = (probability: unknown) =>
      ConfidenceSchema.safeParse({ scale: 'unscaled', wording: 'probably', probability }).success;
    expect(band({ low: 0.6, high: 0.8, unit: '1' })).toBe(true);
    expect(band({ low: 60, high: 80, unit: '%' })).toBe(true);
    expect(band({ low: 60, high: 80, unit: 'people' })).toBe(false);
    expect(band({ low: -0.1, high: 0.5, unit: '1' })).toBe(false);
    expect(band({ low: 0.8, high: 0.6, unit: '1' })).toBe(false);
  });
});

describe('quotes', () => {
  it('defaults to direct speech', () => {
    expect(safeParseQuote({ text: 'Political topics will continue' })).toMatchObject({
      success: true,
      data: { form: 'direct' },
    });
  });
});

describe('relative estimates', () => {
  const share = {
    id: 'share',
    metric: 'scam revenue as a share of GDP',
    range: { low: null, high: 60, unit: '%', qualifier: 'at-most' },
    relativeTo: { metric: 'GDP', metricKey: 'gdp' },
    numeratorEstimateId: 'revenue',
  };

  it('accepts a dimensionless share of a described base', () => {
    expect(safeParseEstimate(share).success).toBe(true);
    expect(safeParseEstimate({ ...share, range: { low: 0.1, high: 0.6, unit: '1' } }).success).toBe(
      true,
    );
  });

  it('refuses an estimate that is a share of itself', () => {
    const result = safeParseEstimate({ ...share, numeratorEstimateId: 'share' });
    expect(result.success ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'self_reference',
    ]);
    const base = safeParseEstimate({
      ...share,
      relativeTo: { metric: 'GDP', estimateId: 'share' },
    });
    expect(base.success ? [] : base.issues.map((issue) => issue.path)).toEqual([
      'relativeTo.estimateId',
    ]);
  });
});
