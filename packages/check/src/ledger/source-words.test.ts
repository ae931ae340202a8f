import { type Dossier, type DossierInput, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { sourceWords } from './source-words';

type Step = { role: 'stated-in' | 'reported-by' | 'retrieved'; sourceId: string };
const estimate = (id: string, provenance?: Step[][]) => ({
  id,
  metric: 'Victims',
  range: { low: 1, high: 2, unit: 'people' },
  ...(provenance === undefined ? {} : { provenance }),
});

const dossier: Dossier = parseDossier({
  schemaVersion: '0.2',
  sources: [
    { id: 'titled', kind: 'news-article', title: 'Scam centres grow' },
    { id: 'described', kind: 'statement', description: 'a ministry statement' },
    { id: 'bare', kind: 'dataset' },
  ],
  actors: [
    { id: 'minister', kind: 'person', name: 'The Minister' },
    { id: 'ministry', kind: 'government-body', description: 'the interior ministry' },
  ],
  reports: [
    { id: 'report-a', title: 'Report A', estimates: [estimate('in-report')] },
    { id: 'report-b', description: 'an untitled study', estimates: [] },
  ],
  estimates: [
    estimate('stated-titled', [[{ role: 'stated-in', sourceId: 'titled' }]]),
    estimate('stated-described', [[{ role: 'stated-in', sourceId: 'described' }]]),
    estimate('stated-bare', [[{ role: 'stated-in', sourceId: 'bare' }]]),
    estimate('stated-report', [[{ role: 'stated-in', sourceId: 'report-a' }]]),
    estimate('stated-untitled', [[{ role: 'stated-in', sourceId: 'report-b' }]]),
    estimate('reported', [
      [
        { role: 'reported-by', sourceId: 'titled' },
        { role: 'stated-in', sourceId: 'described' },
      ],
    ]),
    estimate('relayed', [[{ role: 'reported-by', sourceId: 'titled' }]]),
    estimate('retrieved', [[{ role: 'retrieved', sourceId: 'bare' }]]),
    estimate('by-minister'),
    estimate('by-ministry'),
    estimate('unsourced'),
  ],
  responses: [
    {
      id: 'r1',
      respondentId: 'minister',
      stance: 'disputes-figures',
      targets: { reportIds: ['report-a'] },
      counterEstimateIds: ['by-minister'],
    },
    {
      id: 'r2',
      respondentId: 'ministry',
      stance: 'denies',
      targets: { reportIds: ['report-a'] },
      counterEstimateIds: ['by-ministry'],
    },
  ],
} satisfies DossierInput);

const words = (id: string, reportId?: string): string => {
  const found = [...dossier.estimates, ...dossier.reports.flatMap((r) => r.estimates)].find(
    (e) => e.id === id,
  );
  if (found === undefined) throw new Error(`no estimate ${id}`);
  return sourceWords(dossier, found, reportId);
};

describe('sourceWords', () => {
  it('names where an estimate was stated: a source by title, else its description, else its id', () => {
    expect(words('stated-titled')).toBe('stated in “Scam centres grow”');
    expect(words('stated-described')).toBe('stated in a ministry statement');
    expect(words('stated-bare')).toBe('stated in bare');
    expect(words('stated-report')).toBe('stated in “Report A”');
    expect(words('stated-untitled')).toBe('stated in an untitled study');
  });

  it('prefers the statement to the article that relayed it, and the report an estimate is in', () => {
    expect(words('reported')).toBe('stated in a ministry statement');
    expect(words('in-report', 'report-a')).toBe('stated in “Report A”');
  });

  it('names the respondent who gave a counter-estimate, by name or else description', () => {
    expect(words('by-minister')).toBe('given by The Minister');
    expect(words('by-ministry')).toBe('given by the interior ministry');
  });

  it('falls back to the first step of its provenance, then to no source at all', () => {
    expect(words('relayed')).toBe('reported by “Scam centres grow”');
    expect(words('retrieved')).toBe('retrieved bare');
    expect(words('unsourced')).toBe('source not stated');
  });
});
