import { describe, expect, it } from 'vitest';
import { minimalText } from '../../test-fixtures/load';
import { indexDossier, parseDossier, safeParseDossier } from '../index';
import { collectReferences, referencePath } from './collect-references';

const minimal = () => JSON.parse(minimalText());

describe('indexDossier', () => {
  it('finds every entity with an id, wherever it lives, with its path and owner', () => {
    const index = indexDossier(parseDossier(minimal()));
    const summary = [...index.byId.values()].map((entry) => ({
      id: entry.entity.id,
      kind: entry.kind,
      path: entry.path.join('.'),
    }));
    expect(summary).toEqual([
      { id: 'author', kind: 'actor', path: 'actors.0' },
      { id: 'article', kind: 'source', path: 'sources.0' },
      { id: 'report', kind: 'report', path: 'reports.0' },
      { id: 'claim', kind: 'claim', path: 'reports.0.findings.0' },
      { id: 'revenue', kind: 'estimate', path: 'reports.0.estimates.0' },
      { id: 'response', kind: 'official-response', path: 'responses.0' },
      { id: 'q1', kind: 'quote', path: 'responses.0.quotes.0' },
    ]);
    expect(index.byId.get('revenue')).toMatchObject({ reportId: 'report' });
    expect(index.byId.get('q1')).toMatchObject({ ownerId: 'response' });
    expect(index.duplicates).toEqual([]);
  });

  it('keeps the first of two entities sharing an id and lists the second', () => {
    const document = minimal();
    document.claims = [{ id: 'revenue', kind: 'normative', text: 'It should stop.' }];
    const parsed = safeParseDossier(document);
    expect(parsed.success).toBe(false);
    // The index itself works on any parsed shape, even one a dossier would refuse.
    const index = indexDossier({ ...parseDossier(minimal()), claims: document.claims });
    expect(index.byId.get('revenue')?.kind).toBe('estimate');
    expect(index.duplicates).toEqual([
      { id: 'revenue', path: ['claims', 0], firstPath: ['reports', 0, 'estimates', 0] },
    ]);
  });
});

describe('collectReferences', () => {
  it('lists each reference of the minimal dossier with the kinds it may name', () => {
    const refs = collectReferences(parseDossier(minimal())).map((ref) => ({
      path: referencePath(ref).join('.'),
      id: ref.id,
      expects: ref.expects.join('|'),
    }));
    expect(refs).toEqual([
      { path: 'reports.0.authorIds.0', id: 'author', expects: 'actor' },
      {
        path: 'reports.0.estimates.0.provenance.0.0.sourceId',
        id: 'report',
        expects: 'source|report',
      },
      {
        path: 'reports.0.estimates.0.provenance.0.1.sourceId',
        id: 'article',
        expects: 'source|report',
      },
      { path: 'responses.0.respondentId', id: 'author', expects: 'actor' },
      { path: 'responses.0.targets.reportIds.0', id: 'report', expects: 'report' },
      { path: 'responses.0.arguments.0.quoteIds.0', id: 'q1', expects: 'quote' },
      { path: 'responses.0.quotes.0.speakerId', id: 'author', expects: 'actor' },
    ]);
  });

  it('reaches every reference field of every entity', () => {
    // One dangling id in each reference field; each must be reported at its own path.
    const x = 'missing';
    const document = {
      schemaVersion: '0.2',
      actors: [
        {
          id: 'a',
          kind: 'person',
          name: 'A',
          roles: [{ title: 't', bodyId: x }],
          affiliations: [{ actorId: x }],
        },
      ],
      sources: [{ id: 's', kind: 'other', authorIds: [x], publisherId: x }],
      reports: [
        {
          id: 'r',
          title: 'R',
          authorIds: [x],
          publisherId: x,
          commissionedBy: [x],
          findings: [
            {
              id: 'c',
              kind: 'factual',
              text: 'T',
              quote: { text: 'T', speakerId: x, sourceId: x },
              claimantId: x,
              subjectIds: [x],
              estimateIds: [x],
              provenance: [[{ role: 'stated-in', sourceId: x }]],
              reviews: [{ reviewerId: x, rating: 'False' }],
            },
          ],
          estimates: [
            {
              id: 'e',
              metric: 'm',
              range: { low: 1, high: 2, unit: '%' },
              quotes: [{ text: 'T', speakerId: x }],
              provenance: [[{ role: 'reported-by', sourceId: x }]],
              relativeTo: { metric: 'GDP', estimateId: x },
              numeratorEstimateId: x,
              supersedes: x,
              statedBy: x,
            },
          ],
        },
      ],
      responses: [
        {
          id: 'o',
          respondentId: x,
          role: { title: 't', bodyId: x },
          stance: 'disputes-figures',
          targets: { reportIds: [x], claimIds: [x], estimateIds: [x] },
          arguments: [{ kind: 'other', summary: 'S', quoteIds: [x] }],
          quotes: [{ text: 'Q', speakerId: x, sourceId: x }],
          counterEstimateIds: [x],
          sourceId: x,
        },
      ],
    };
    const result = safeParseDossier(document);
    const paths = result.success ? [] : result.issues.map((issue) => `${issue.path} ${issue.code}`);
    expect(paths).toEqual(
      [
        'actors[0].roles[0].bodyId',
        'actors[0].affiliations[0].actorId',
        'sources[0].authorIds[0]',
        'sources[0].publisherId',
        'reports[0].authorIds[0]',
        'reports[0].publisherId',
        'reports[0].commissionedBy[0]',
        'reports[0].findings[0].quote.speakerId',
        'reports[0].findings[0].quote.sourceId',
        'reports[0].findings[0].claimantId',
        'reports[0].findings[0].subjectIds[0]',
        'reports[0].findings[0].estimateIds[0]',
        'reports[0].findings[0].provenance[0][0].sourceId',
        'reports[0].findings[0].reviews[0].reviewerId',
        'reports[0].estimates[0].quotes[0].speakerId',
        'reports[0].estimates[0].provenance[0][0].sourceId',
        'reports[0].estimates[0].relativeTo.estimateId',
        'reports[0].estimates[0].numeratorEstimateId',
        'reports[0].estimates[0].supersedes',
        'reports[0].estimates[0].statedBy',
        'responses[0].respondentId',
        'responses[0].role.bodyId',
        'responses[0].targets.reportIds[0]',
        'responses[0].targets.claimIds[0]',
        'responses[0].targets.estimateIds[0]',
        'responses[0].arguments[0].quoteIds[0]',
        'responses[0].quotes[0].speakerId',
        'responses[0].quotes[0].sourceId',
        'responses[0].counterEstimateIds[0]',
        'responses[0].sourceId',
      ].map((path) => `${path} unknown_reference`),
    );
  });

  it('lets a citation name a report, since a report is a source too', () => {
    const document = minimal();
    document.reports[0].findings[0].quote = { text: 'Something happened.', sourceId: 'report' };
    expect(safeParseDossier(document).success).toBe(true);
  });

  it('checks references only once the shape is right, so a broken shape is not buried in noise', () => {
    const document = minimal();
    document.reports[0].authorIds = ['nobody'];
    document.actors[0].kind = 'robot';
    const result = safeParseDossier(document);
    expect(result.success ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'invalid_value',
    ]);
  });

  it('checks references even when there are unknown keys, which do not make the shape wrong', () => {
    const document = minimal();
    document.reports[0].authorIds = ['nobody'];
    document.actors[0].nickname = 'A';
    const result = safeParseDossier(document);
    expect(result.success ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'unrecognized_keys',
      'unknown_reference',
    ]);
  });
});
