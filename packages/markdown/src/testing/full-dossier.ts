/**
 * Test support (not exported): the seed case plus one of everything the seed leaves out (a
 * titled and linked source, a publisher, dates, a period, a method, scaled confidence, a
 * region and a subdivision, a locator, a reviewed claim with a claimant, free-standing claims
 * and estimates, a response channel and counter-figure), so a test that replaces every text
 * field reaches every place a brief writes data text. Still a valid dossier.
 */
import { type Dossier, parseDossier } from '@reckon/schema';
import { seedJson } from './seed';

type Json = Record<string, unknown>;

/**
 * The enriched seed as JSON.
 *
 * @returns a fresh copy each call
 */
export function fullDossierJson(): Json {
  const d = structuredClone(seedJson()) as Json & {
    actors: Json[];
    sources: Json[];
    reports: (Json & { findings: Json[]; estimates: Json[] })[];
    responses: (Json & { quotes: Json[]; arguments: Json[] })[];
  };
  d.actors.push(
    {
      id: 'publisher',
      kind: 'organisation',
      name: 'Publisher Name',
      url: 'https://publisher.example/',
    },
    { id: 'fact-checker', kind: 'organisation', name: 'Fact Checker' },
  );
  d.sources.push({
    id: 'titled-source',
    kind: 'journal-article',
    title: 'A Titled Source',
    authorIds: ['jacob-sims', 'touch-sokhak'],
    publisherId: 'publisher',
    url: 'https://journal.example/article',
    archiveUrl: 'https://archive.example/article',
    published: '2024-11',
    retrieved: '2025-06-03',
    language: 'km',
  });
  const report = d.reports[0] as Json & { findings: Json[]; estimates: Json[] };
  Object.assign(report, {
    publisherId: 'publisher',
    published: '2025-05',
    url: 'https://report.example/policies.pdf',
    archiveUrl: 'https://archive.example/policies.pdf',
  });
  report.findings.push({
    id: 'reviewed-claim',
    kind: 'causal',
    text: 'A causal claim.',
    claimantId: 'jacob-sims',
    subjectIds: ['cpp', 'kh-government'],
    estimateIds: ['scam-labour-force'],
    confidence: { scale: 'ipcc-ar5', term: 'likely', wording: 'probably' },
    quote: {
      text: 'The claim in its own words',
      speakerId: 'jacob-sims',
      sourceId: 'titled-source',
      date: '2025-05-02',
    },
    provenance: [[{ role: 'reported-by', sourceId: 'titled-source', locator: 'p. 12' }]],
    reviews: [{ reviewerId: 'fact-checker', rating: 'Misleading', date: '2025-06' }],
  });
  report.estimates.push({
    id: 'province-revenue',
    metric: 'Scam revenue in a province',
    metricKey: 'scam-revenue-province',
    range: { low: 1e9, high: 2e9, unit: 'USD/year', qualifier: 'approx' },
    geography: [{ kind: 'subdivision', code: 'KH-12' }],
    period: { start: '2023', end: '2024-06' },
    basis: 'a basis',
    method: 'a method',
    confidence: { scale: 'unscaled', wording: 'roughly' },
    quotes: [{ text: 'An estimate quote', sourceId: 'titled-source' }],
    provenance: [
      [
        { role: 'stated-in', sourceId: 'titled-source', locator: 'table 2' },
        { role: 'retrieved', sourceId: 'news-article' },
      ],
    ],
  });
  Object.assign(d, {
    claims: [
      ...((d.claims as Json[] | undefined) ?? []),
      {
        id: 'loose-claim',
        kind: 'normative',
        text: 'A free-standing claim.',
        quote: { text: 'Its quote', form: 'paraphrase', sourceId: 'titled-source' },
      },
    ],
    estimates: [
      {
        id: 'ministry-figure',
        metric: 'Scam revenue according to the ministry',
        metricKey: 'ministry-scam-revenue',
        range: { low: 1e9, high: 3e9, unit: 'USD/year', meaning: { kind: 'interval', level: 0.9 } },
        geography: [{ kind: 'region', name: 'A named region', countries: ['KH', 'TH'] }],
        relativeTo: undefined,
      },
    ],
  });
  const response = d.responses[0] as Json & { quotes: Json[]; arguments: Json[]; targets: Json };
  Object.assign(response, { channel: 'press-conference', counterEstimateIds: ['ministry-figure'] });
  (response.targets as Json).estimateIds = ['cambodia-scam-revenue'];
  ((response.targets as Json).claimIds as string[]).push('loose-claim');
  response.quotes.push({
    id: 'dated-quote',
    text: 'A dated quote',
    speakerId: 'touch-sokhak',
    date: '2025-05-21',
    sourceId: 'titled-source',
  });
  response.arguments.push({
    kind: 'counter-evidence',
    summary: 'An argument with a dated quote.',
    quoteIds: ['dated-quote'],
  });
  delete (d.estimates as Json[])[0]?.relativeTo;
  return d;
}

/**
 * The enriched seed, validated.
 *
 * @returns the dossier
 */
export function fullDossier(): Dossier {
  return parseDossier(fullDossierJson());
}
