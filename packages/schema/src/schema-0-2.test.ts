import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ajvValidator } from '../test-fixtures/ajv';
import { seedText } from '../test-fixtures/load';
import {
  type Dossier,
  isOfficialResponse,
  migrate,
  parseDossier,
  type OfficialResponse as Response,
  safeParseDossier,
} from './index';
import { findCycles } from './references/find-cycles';

const valid = () =>
  JSON.parse(
    readFileSync(
      new URL('../test-fixtures/valid/revisions-and-regions.json', import.meta.url),
      'utf8',
    ),
  );

describe('the parts added in schemaVersion 0.2', () => {
  it('validates asOf, supersedes, statedBy, metrics, M49 regions, period.text and $schema, in zod and ajv alike', () => {
    const document = valid();
    const result = safeParseDossier(document);
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(ajvValidator('dossier')(document)).toBe(true);
    const dossier = parseDossier(document);
    expect(dossier.metrics[1]).toEqual({
      key: 'bonded-labour',
      label: 'people in bonded labour',
      partOf: 'modern-slavery',
    });
    expect(dossier.reports[1]?.estimates[0]).toMatchObject({
      asOf: '2018',
      supersedes: 'slavery-2016',
      statedBy: 'campaign',
      period: { text: 'in recent years' },
    });
  });

  it('refuses an estimate that revises itself, naming the field', () => {
    const document = valid();
    document.reports[0].estimates[0].supersedes = 'slavery-2016';
    const result = safeParseDossier(document);
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: 'reports[0].estimates[0].supersedes',
        code: 'self_reference',
        message: '"slavery-2016" refers to the estimate itself',
      },
    ]);
  });

  it('refuses a cycle of three revisions once, saying where it goes round', () => {
    const document = valid();
    document.reports[0].estimates[0].supersedes = 'slavery-2018';
    const result = safeParseDossier(document);
    expect(result.success ? [] : result.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "reference_cycle",
          "message": "supersedes goes round in a circle ("slavery-2016" → "slavery-2018" → "slavery-2016"): one of them must not name the other",
          "path": "reports[0].estimates[0].supersedes",
        },
      ]
    `);
  });

  it('says what to write for an unknown M49 code or an empty period', () => {
    const document = valid();
    document.reports[1].estimates[0].geography[0].m49 = '116';
    document.reports[1].estimates[0].period = {};
    const result = safeParseDossier(document);
    expect(result.success ? [] : result.issues.map((issue) => issue.message)).toEqual([
      '"116" is not a UN M49 geographic area code: use a region\'s three digits, e.g. "001" (world), "142" (Asia) or "035" (South-eastern Asia); for one country write { "kind": "country", "code": "KH" }',
      'a period needs a start, an end, or its words in "text" (e.g. { "text": "in recent years" })',
    ]);
  });

  it('checks a chain of 50,000 revisions in linear time without overflowing the stack', () => {
    const estimates = Array.from({ length: 50_000 }, (_, i) => ({
      id: `e${i}`,
      metric: 'm',
      range: { low: i, high: i, unit: 'people' },
      ...(i > 0 ? { supersedes: `e${i - 1}` } : {}),
    }));
    expect(safeParseDossier({ schemaVersion: '0.2', estimates }).success).toBe(true);
    estimates[0] = { ...estimates[0], supersedes: 'e49999' } as (typeof estimates)[number];
    const result = safeParseDossier({ schemaVersion: '0.2', estimates });
    expect(result.success ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'reference_cycle',
    ]);
  });
});

describe('untitled reports, unnamed actors and responses from anyone', () => {
  const document = () =>
    JSON.parse(
      readFileSync(
        new URL('../test-fixtures/valid/responses-from-anyone.json', import.meta.url),
        'utf8',
      ),
    );

  it('validates in zod and ajv alike', () => {
    const result = safeParseDossier(document());
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(ajvValidator('dossier')(document())).toBe(true);
  });

  it('keeps two outlets as two provenance chains and two quotes', () => {
    const estimate = parseDossier(document()).reports[0]?.estimates[0];
    expect(estimate?.provenance?.map((chain) => chain.map((step) => step.sourceId))).toEqual([
      ['un-report', 'wire-story'],
      ['un-report', 'newspaper'],
    ]);
    expect(estimate?.quotes?.map((quote) => quote.sourceId)).toEqual(['wire-story', 'newspaper']);
  });

  it('tells official responses from others by the respondent, the body of their role, or `official`', () => {
    const dossier: Dossier = parseDossier(document());
    const official = dossier.responses.map((r) => [r.id, isOfficialResponse(r, dossier.actors)]);
    expect(official).toEqual([
      ['official-denial', true], // an unnamed official, through the role in the ministry
      ['campaign-rebuttal', false],
      ['presidency-silence', true], // a political office
      ['ministry-declines', true],
    ]);
    const [, rebuttal] = dossier.responses;
    expect(isOfficialResponse({ ...(rebuttal as Response), official: true }, dossier.actors)).toBe(
      true,
    );
    expect(
      isOfficialResponse(
        { respondentId: 'ministry-official', role: { title: 'campaigner', bodyId: 'campaigners' } },
        dossier.actors,
      ),
    ).toBe(false);
  });

  it('says what to write when a report has no title or an actor no name', () => {
    const broken = document();
    delete broken.reports[0].description;
    delete broken.actors[1].description;
    const result = safeParseDossier(broken);
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: 'actors[1].name',
        code: 'missing_description',
        message:
          'an actor needs a name or, when the source names none, a description, e.g. "a labour ministry official who was not named"',
      },
      {
        path: 'reports[0].description',
        code: 'missing_description',
        message:
          'a report needs a title or, when it has none, a description of how sources refer to it, e.g. "a UN human rights office report on online scam operations"',
      },
    ]);
  });
});

describe('findCycles', () => {
  it('reports each cycle once, from the node met first, and ignores chains that end', () => {
    const next = new Map([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'b'],
      ['d', 'a'],
      ['x', 'x'],
      ['y', 'z'],
    ]);
    expect(findCycles(['d', 'a', 'b', 'c', 'x', 'y', 'z'], next)).toEqual([
      ['b', 'c', 'b'],
      ['x', 'x'],
    ]);
  });
});

describe('migrate from 0.1', () => {
  it('turns the seed as written for 0.1 into the 0.2 seed: quotes listed, provenance as chains', () => {
    const oldText = readFileSync(
      new URL('../test-fixtures/v0.1/cambodia-scam-economy.json', import.meta.url),
      'utf8',
    );
    const old = JSON.parse(oldText);
    const upgraded = migrate(old);
    expect(upgraded).toEqual(JSON.parse(seedText()));
    expect(JSON.parse(oldText)).toEqual(old); // the input is left untouched
    const estimate = parseDossier(upgraded).reports[0]?.estimates[0];
    expect(estimate?.quotes).toEqual([{ form: 'direct', ...old.reports[0].estimates[0].quote }]);
  });

  it('keeps values of the wrong shape for validation to report, and drops only an empty chain', () => {
    const upgraded = migrate({
      schemaVersion: '0.1',
      reports: [
        {
          id: 'r',
          title: 'R',
          estimates: [{ id: 'e', provenance: [], quote: 'words' }],
          findings: 3,
        },
      ],
      claims: [null],
    });
    expect(upgraded).toEqual({
      schemaVersion: '0.2',
      reports: [{ id: 'r', title: 'R', estimates: [{ id: 'e', quotes: ['words'] }], findings: 3 }],
      claims: [null],
    });
  });
});
