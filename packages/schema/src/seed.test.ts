import { describe, expect, it } from 'vitest';
import { ajvValidator } from '../test-fixtures/ajv';
import { seedText } from '../test-fixtures/load';
import { type Dossier, indexDossier, parseDossier, safeParseDossier } from './index';

// The worked example: every fact of the seed article, and nothing it does not say.
const seed = (): Dossier => parseDossier(JSON.parse(seedText()));

describe('the seed dossier (cambodia-scam-economy)', () => {
  it('validates with zod', () => {
    const result = safeParseDossier(JSON.parse(seedText()));
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it('validates with ajv against the shipped JSON Schema, as a consumer without zod would', () => {
    const validate = ajvValidator('dossier');
    expect(validate(JSON.parse(seedText()))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('validates piece by piece against the entity JSON Schemas too', () => {
    const document = JSON.parse(seedText());
    const [report] = document.reports;
    const checks: [Parameters<typeof ajvValidator>[0], unknown[]][] = [
      ['actor', document.actors],
      ['source', document.sources],
      ['report', document.reports],
      ['claim', [...report.findings, ...document.claims]],
      ['estimate', report.estimates],
      ['official-response', document.responses],
      ['quote', document.responses[0].quotes],
    ];
    for (const [name, pieces] of checks) {
      const validate = ajvValidator(name);
      for (const piece of pieces) expect(validate(piece), name).toBe(true);
    }
  });

  it('names the report, its author and the party it accuses', () => {
    const dossier = seed();
    const [report] = dossier.reports;
    expect(report?.title).toBe(
      'Policies and Patterns: State-Abetted Transnational Crime in Cambodia as a Global Security Threat',
    );
    expect(report?.authorIds).toEqual(['jacob-sims']);
    const byId = indexDossier(dossier).byId;
    expect(byId.get('jacob-sims')?.entity).toMatchObject({ kind: 'person', name: 'Jacob Sims' });
    expect(byId.get('cpp')?.entity).toMatchObject({
      kind: 'political-party',
      name: 'Cambodian People’s Party',
      aliases: ['CPP'],
    });
    const accusation = report?.findings.find((claim) => claim.subjectIds?.includes('cpp'));
    expect(accusation?.kind).toBe('allegation');
  });

  it('leaves out what the article does not say: publisher, dates, headline, the year', () => {
    const dossier = seed();
    const [report] = dossier.reports;
    expect(report?.publisherId).toBeUndefined();
    expect(report?.published).toBeUndefined();
    const [article] = dossier.sources;
    expect(article).toMatchObject({ kind: 'news-article' });
    expect(article?.title).toBeUndefined();
    expect(article?.publisherId).toBeUndefined();
    expect(article?.published).toBeUndefined();
    expect(article?.url).toBeUndefined();
    expect(dossier.responses[0]?.date).toBe('XXXX-05-20');
    expect(dossier.responses[0]?.channel).toBeUndefined();
  });

  it('holds the four estimates with the article’s numbers', () => {
    const estimates = Object.fromEntries(
      (seed().reports[0]?.estimates ?? []).map((estimate) => [estimate.id, estimate]),
    );
    // $12.5 to $19 billion per year, in Cambodia, from formal estimates.
    expect(estimates['cambodia-scam-revenue']).toMatchObject({
      metricKey: 'scam-revenue',
      range: { low: 12.5e9, high: 19e9, unit: 'USD/year' },
      geography: [{ kind: 'country', code: 'KH' }],
      basis: 'formal estimates',
    });
    // As much as 60% of GDP: no lower bound, a share of Cambodia's GDP, of the revenue above.
    expect(estimates['cambodia-scam-revenue-share-of-gdp']).toMatchObject({
      range: { low: null, high: 60, unit: '%', qualifier: 'at-most' },
      relativeTo: { metricKey: 'gdp', geography: [{ kind: 'country', code: 'KH' }] },
      numeratorEstimateId: 'cambodia-scam-revenue',
    });
    // Easily exceeds 350,000 people, in Cambodia, Myanmar and Laos: (350000, +inf).
    expect(estimates['scam-labour-force']).toMatchObject({
      range: {
        low: 350000,
        high: null,
        lowInclusive: false,
        unit: 'people',
        qualifier: 'more-than',
      },
      geography: [
        { kind: 'country', code: 'KH' },
        { kind: 'country', code: 'MM' },
        { kind: 'country', code: 'LA' },
      ],
    });
    // Between $50 and 75 billion a year across the region, from conservative estimates.
    expect(estimates['regional-scam-revenue']).toMatchObject({
      metricKey: 'scam-revenue',
      range: { low: 50e9, high: 75e9, unit: 'USD/year' },
      basis: 'conservative estimates',
    });
    const region = estimates['regional-scam-revenue']?.geography?.[0];
    expect(region).toMatchObject({ kind: 'region', name: 'Southeast Asia' });
    expect(region?.kind === 'region' && region.countries).toContain('KH');
  });

  it('traces each estimate from the report through the article', () => {
    for (const estimate of seed().reports[0]?.estimates ?? []) {
      expect(estimate.provenance).toEqual([
        [
          { role: 'stated-in', sourceId: 'policies-and-patterns' },
          { role: 'reported-by', sourceId: 'news-article' },
        ],
      ]);
    }
  });

  it('models the May 20 response: Touch Sokhak for the Ministry of Interior, dismissing the report', () => {
    const dossier = seed();
    const [response] = dossier.responses;
    expect(response).toMatchObject({
      respondentId: 'touch-sokhak',
      role: { title: 'spokesperson', bodyId: 'kh-ministry-of-interior' },
      stance: 'dismisses',
      targets: { reportIds: ['policies-and-patterns'] },
    });
    expect(indexDossier(dossier).byId.get('touch-sokhak')?.entity).toMatchObject({
      name: 'Touch Sokhak',
      roles: [{ title: 'spokesperson', bodyId: 'kh-ministry-of-interior' }],
    });
  });

  it('gives every argument of the response the quotes that carry it', () => {
    const [response] = seed().responses;
    const quotes = new Map(response?.quotes.map((quote) => [quote.id, quote.text]));
    const argument = (kind: string) => response?.arguments.find((a) => a.kind === kind);
    const quoted = (kind: string) => (argument(kind)?.quoteIds ?? []).map((id) => quotes.get(id));
    expect(response?.arguments.map((a) => a.kind)).toEqual([
      'methodology',
      'motive',
      'scapegoating',
      'capacity',
      'deflection',
      'bias',
    ]);
    expect(quoted('methodology').join(' ')).toContain('not grounded in scientific research');
    expect(quoted('motive').join(' ')).toContain('upcoming national election');
    expect(quoted('scapegoating').join(' ')).toContain('blame smaller countries');
    expect(quoted('capacity').join(' ')).toContain('The answer is no');
    expect(quoted('deflection').join(' ')).toContain('American pensioners');
    expect(quoted('bias').join(' ')).toContain('US flag');
  });

  it('records what the article itself states about the report, as the article’s claims', () => {
    const claims = seed().claims;
    expect(claims.map((claim) => claim.id)).toEqual([
      'article-report-published-this-month',
      'article-report-drew-attention',
    ]);
    for (const claim of claims) {
      expect(claim.provenance).toEqual([[{ role: 'stated-in', sourceId: 'news-article' }]]);
    }
  });

  it('marks direct quotes and reported speech apart', () => {
    const [response] = seed().responses;
    const form = (id: string) => response?.quotes.find((quote) => quote.id === id)?.form;
    expect(form('quote-malicious-intention')).toBe('direct');
    expect(form('quote-us-flag')).toBe('paraphrase');
  });
});
