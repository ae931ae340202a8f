import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ajvValidator } from '../test-fixtures/ajv';
import { seedText } from '../test-fixtures/load';
import { migrate, parseDossier, safeParseDossier } from './index';
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
  it('turns the seed written as 0.1 into a valid 0.2 document with the same content', () => {
    const current = JSON.parse(seedText());
    const old = { ...current, schemaVersion: '0.1' };
    const upgraded = migrate(old);
    expect(upgraded).toEqual(current);
    expect(old.schemaVersion).toBe('0.1'); // the input is left untouched
    expect(parseDossier(upgraded)).toEqual(parseDossier(current));
  });
});
