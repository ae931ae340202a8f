import { parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { renderDossier } from '../render';

const dossier = () =>
  parseDossier({
    schemaVersion: '0.2',
    title: 'A case',
    actors: [
      { id: 'ministry', kind: 'government-body', name: 'Ministry of Labour' },
      {
        id: 'official',
        kind: 'person',
        description: 'a labour ministry official who was not named',
        roles: [{ title: 'official', bodyId: 'ministry' }],
      },
      { id: 'campaigners', kind: 'organisation', name: 'Campaigners' },
      { id: 'presidency', kind: 'political-office', name: 'Office of the President' },
    ],
    sources: [
      { id: 'wire', kind: 'news-article', title: 'Wire story' },
      { id: 'paper', kind: 'news-article', title: 'Newspaper story' },
    ],
    reports: [
      {
        id: 'gsi-2016',
        series: 'Global Slavery Index',
        edition: '2016',
        description: 'the 2016 Global Slavery Index',
        estimates: [
          {
            id: 'slavery-2016',
            metric: 'people in modern slavery in India',
            range: { low: 18.3e6, high: 18.3e6, unit: 'people', sigFigs: 3 },
            asOf: '2016',
          },
        ],
      },
      {
        id: 'gsi-2018',
        title: 'Global Slavery Index 2018',
        series: 'Global Slavery Index',
        edition: '2018',
        commissionedBy: ['presidency'],
        estimates: [
          {
            id: 'slavery-2018',
            metric: 'people in modern slavery in India',
            range: { low: 8e6, high: 8e6, unit: 'people', sigFigs: 1 },
            asOf: '2018',
            supersedes: 'slavery-2016',
            provenance: [
              [
                { role: 'stated-in', sourceId: 'gsi-2018' },
                { role: 'reported-by', sourceId: 'wire' },
              ],
              [
                { role: 'stated-in', sourceId: 'gsi-2018' },
                { role: 'reported-by', sourceId: 'paper' },
              ],
            ],
          },
        ],
      },
    ],
    responses: [
      {
        id: 'denial',
        respondentId: 'official',
        stance: 'disputes-figures',
        targets: { reportIds: ['gsi-2016'] },
      },
      {
        id: 'campaign',
        respondentId: 'campaigners',
        stance: 'disputes-figures',
        targets: { reportIds: ['gsi-2018'] },
      },
      {
        id: 'silence',
        respondentId: 'presidency',
        stance: 'no-response',
        targets: { estimateIds: ['slavery-2018'] },
      },
    ],
  });

const brief = () => renderDossier(dossier(), { sections: ['estimates', 'findings', 'responses'] });
const lines = () => brief().split('\n');

describe('briefs of schema 0.2 dossiers', () => {
  it('shows a revision as history, oldest first, with the dates the figures were current', () => {
    expect(lines()).toContain(
      '- people in modern slavery in India: 18.3 million people (2016) → 8 million people (2018)',
    );
  });

  it('lists two outlets as two chains, not one chain through both', () => {
    const row = lines().find((line) => line.startsWith('| people in modern slavery in India | 8'));
    expect(row).toContain(
      'report[^1], via news article[^2]; also report[^1], via news article[^3]',
    );
  });

  it('names an untitled report by its description in plain words, and gives series, edition and commissioners', () => {
    expect(lines()).toContain('## Untitled report: the 2016 Global Slavery Index');
    expect(brief()).toContain(
      'Part of the series _Global Slavery Index_, edition 2018. Commissioned by Office of the President.',
    );
  });

  it('titles official responses and others apart, and names what the stance answers', () => {
    const text = brief();
    expect(text).toContain(
      '## Official response: an unnamed person (described as “a labour ministry official who was not named”)',
    );
    expect(text).toContain('- **Stance:** disputes the figures in the 2016 Global Slavery Index');
    expect(text).toContain('## Response: Campaigners');
    expect(text).toContain('- **Stance:** disputes the figures in _Global Slavery Index 2018_');
  });

  it('renders silence as silence, attributing no words', () => {
    const text = brief();
    const silence = text.slice(text.indexOf('## Official response: Office of the President'));
    expect(silence).toContain(
      '- **Stance:** did not respond to a request for comment on the estimate of people in modern slavery in India',
    );
    expect(silence).not.toMatch(/^> /m);
    expect(silence).not.toContain('Arguments');
  });

  it('never prints an unnamed actor’s description where a name would go', () => {
    expect(brief()).not.toMatch(/(?<!described as “)a labour ministry official who was not named/);
  });
});
