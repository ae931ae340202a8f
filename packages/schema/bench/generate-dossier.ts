/**
 * A large, valid, reference-heavy dossier for benchmarks: `estimates` estimates spread over
 * reports of 100 each, every one with provenance, a place and a quote; every tenth a share of a
 * base that names two other estimates; responses that target estimates and carry quotes.
 */

const UNITS = ['USD/year', 'people', 'USD', 'victims/year', 'compounds'] as const;
const COUNTRIES = ['KH', 'MM', 'LA', 'TH', 'VN', 'PH', 'MY', 'ID'] as const;

export function generateDossier(estimates: number): unknown {
  const perReport = 100;
  const reportCount = Math.ceil(estimates / perReport);
  const actors = Array.from({ length: 50 }, (_, i) => ({
    id: `actor-${i}`,
    kind: i % 5 === 0 ? 'government-body' : 'person',
    name: `Actor ${i}`,
    ...(i % 5 === 0 ? {} : { roles: [{ title: 'spokesperson', bodyId: `actor-${i - (i % 5)}` }] }),
  }));
  const sources = Array.from({ length: 20 }, (_, i) => ({
    id: `source-${i}`,
    kind: 'news-article',
    title: `Article ${i}`,
    published: `2025-${String((i % 12) + 1).padStart(2, '0')}`,
    url: `https://example.org/articles/${i}`,
  }));
  let n = 0;
  const reports = Array.from({ length: reportCount }, (_, r) => ({
    id: `report-${r}`,
    title: `Report ${r}`,
    authorIds: [`actor-${(r % 49) + 1}`],
    findings: [
      {
        id: `finding-${r}`,
        kind: 'allegation',
        text: 'Something is wrong.',
        subjectIds: ['actor-0'],
      },
    ],
    estimates: Array.from({ length: Math.min(perReport, estimates - r * perReport) }, () => {
      const i = n++;
      const share = i % 10 === 9;
      const low = 1000 + i;
      return {
        id: `estimate-${i}`,
        metric: share ? 'share of GDP' : `metric ${i % 7}`,
        metricKey: share ? 'share-of-gdp' : `metric-${i % 7}`,
        range: share
          ? { low: null, high: 60, unit: '%', qualifier: 'at-most' }
          : i % 3 === 0
            ? {
                low,
                high: null,
                lowInclusive: false,
                unit: UNITS[i % UNITS.length],
                qualifier: 'more-than',
              }
            : { low, high: low * 2, unit: UNITS[i % UNITS.length] },
        geography: [{ kind: 'country', code: COUNTRIES[i % COUNTRIES.length] }],
        period: { start: '2024', end: '2025-06' },
        quote: { text: `Estimates range from ${low} to ${low * 2}.`, sourceId: `source-${i % 20}` },
        provenance: [
          { role: 'stated-in', sourceId: `report-${r}` },
          { role: 'reported-by', sourceId: `source-${i % 20}` },
        ],
        ...(share
          ? {
              relativeTo: { metric: 'GDP', metricKey: 'gdp', estimateId: `estimate-${i - 9}` },
              numeratorEstimateId: `estimate-${i - 8}`,
            }
          : {}),
      };
    }),
  }));
  const responses = Array.from({ length: reportCount }, (_, r) => ({
    id: `response-${r}`,
    respondentId: `actor-${(r % 49) + 1}`,
    date: 'XXXX-05-20',
    stance: 'dismisses',
    targets: { reportIds: [`report-${r}`], estimateIds: [`estimate-${r * perReport}`] },
    arguments: [{ kind: 'methodology', summary: 'Not scientific.', quoteIds: [`quote-${r}`] }],
    quotes: [{ id: `quote-${r}`, text: 'The answer is no', speakerId: `actor-${(r % 49) + 1}` }],
  }));
  return { schemaVersion: '0.2', actors, sources, reports, responses };
}
