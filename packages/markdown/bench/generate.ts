/**
 * A generated dossier of many estimates for the benchmark: one report, cited through a news
 * article, with estimates that vary in metric, range, qualifier, unit, place and basis, the way a
 * large data desk's dossier would. Deterministic: the same count gives the same dossier.
 */
import { type Dossier, parseDossier } from '@reckon/schema';

const COUNTRIES = ['KH', 'MM', 'LA', 'TH', 'VN', 'PH', 'MY', 'ID'] as const;
const QUALIFIERS = ['exact', 'approx', 'at-least', 'at-most', 'more-than'] as const;
const BASES = ['formal estimates', 'conservative estimates', 'survey data', undefined] as const;

/**
 * A dossier with `count` estimates.
 *
 * @param count - how many estimates
 * @returns the dossier, validated
 */
export function generateDossier(count: number): Dossier {
  const estimates = Array.from({ length: count }, (_, i) => {
    const qualifier = QUALIFIERS[i % QUALIFIERS.length] as (typeof QUALIFIERS)[number];
    const low = 1e6 * (1 + (i % 97));
    const high = low * (1 + (i % 5));
    const money = i % 3 !== 2;
    const range =
      qualifier === 'at-least' || qualifier === 'more-than'
        ? {
            low,
            high: null,
            unit: money ? 'USD/year' : 'people',
            qualifier,
            lowInclusive: qualifier === 'at-least',
          }
        : qualifier === 'at-most'
          ? { low: null, high, unit: money ? 'USD/year' : 'people', qualifier }
          : { low, high, unit: money ? 'USD/year' : 'people', qualifier };
    const basis = BASES[i % BASES.length];
    return {
      id: `estimate-${i}`,
      metric: `${money ? 'Scam revenue' : 'Scam workers'} in area ${i}`,
      range,
      geography: [{ kind: 'country', code: COUNTRIES[i % COUNTRIES.length] }],
      ...(basis === undefined ? {} : { basis }),
      provenance: [
        [
          { role: 'stated-in', sourceId: 'report' },
          { role: 'reported-by', sourceId: 'article' },
        ],
      ],
    };
  });
  return parseDossier({
    schemaVersion: '0.2',
    title: `A dossier of ${count} estimates`,
    actors: [{ id: 'author', kind: 'person', name: 'A. Researcher' }],
    sources: [
      { id: 'article', kind: 'news-article', title: 'An article', url: 'https://news.example/a' },
    ],
    reports: [{ id: 'report', title: 'A report', authorIds: ['author'], estimates }],
  });
}
