import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type JsonReport, reckon, SEED } from './helpers/reckon';

const SLOW = 60_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reckon-json-'));
  writeFileSync(join(dir, 'broken.json'), '{\n  "schemaVersion": "0.2",\n}\n');
  writeFileSync(
    join(dir, 'twice.json'),
    '{\n  "schemaVersion": "0.2",\n  "schemaVersion": "0.2"\n}\n',
  );
  writeFileSync(join(dir, 'bad.yaml'), 'a: [1\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs with --json and checks the run wrote exactly one JSON document and nothing on stderr. */
async function json(
  args: string[],
  input?: string,
): Promise<{ code: number | null; report: JsonReport }> {
  const { code, stdout, stderr } = await reckon(args, {
    cwd: dir,
    ...(input === undefined ? {} : { input }),
  });
  expect(stderr).toBe('');
  expect(stdout.endsWith('}\n')).toBe(true);
  const report = JSON.parse(stdout) as JsonReport;
  expect(report.exitCode).toBe(code);
  expect(report.ok).toBe(code === 0);
  return { code, report };
}

describe('--json speaks JSON on every kind of failure', () => {
  it.each(['validate', 'check', 'render', 'jsonld'])(
    '%s: a missing file',
    async (command) => {
      const { code, report } = await json([command, 'missing.json', '--json']);
      expect(code).toBe(1);
      expect(report.command).toBe(command);
      expect(report.problems).toEqual([
        { file: 'missing.json', code: 'CLI_INPUT', message: 'missing.json: no such file' },
      ]);
    },
    SLOW,
  );

  it(
    'a JSON syntax error, with its line and column apart',
    async () => {
      const { report } = await json(['validate', 'broken.json', '--json']);
      expect(report.problems).toEqual([
        {
          file: 'broken.json',
          code: 'CLI_INPUT',
          message: 'broken.json:3:1: not valid JSON: Expected double-quoted property name',
          line: 3,
          column: 1,
        },
      ]);
    },
    SLOW,
  );

  it(
    'a duplicate key, placed at the second one',
    async () => {
      const { report } = await json(['check', 'twice.json', '--json']);
      expect(report.problems[0]).toMatchObject({ file: 'twice.json', line: 3, column: 3 });
      expect(report.problems[0]?.message).toContain('duplicate key "schemaVersion", first at 2:3');
    },
    SLOW,
  );

  it(
    'a YAML syntax error',
    async () => {
      const { code, report } = await json(['render', 'bad.yaml', '--json']);
      expect(code).toBe(1);
      expect(report.problems[0]).toMatchObject({ file: 'bad.yaml', code: 'CLI_INPUT', line: 2 });
    },
    SLOW,
  );

  it(
    'an invalid dossier: problems with paths, codes, messages, files, lines and columns',
    async () => {
      const { code, report } = await json(['render', fixture('dangling.json'), '--json']);
      expect(code).toBe(1);
      expect(report.problems).toEqual([
        expect.objectContaining({
          file: fixture('dangling.json'),
          path: 'reports[0].authorIds[0]',
          code: 'unknown_reference',
          line: 4,
          column: 68,
        }),
      ]);
    },
    SLOW,
  );

  it(
    'a usage error: an unknown option, a bad format, no file, an unknown command',
    async () => {
      for (const args of [
        ['validate', SEED, '--json', '--bogus'],
        ['validate', SEED, '--json', '--format', 'xml'],
        ['check', '--json'],
        ['validat', '--json'],
      ]) {
        const { code, report } = await json(args);
        expect(code).toBe(2);
        expect(report.files).toEqual([]);
        expect(report.problems).toHaveLength(1);
        expect(report.problems[0]?.code).toBe('CLI_USAGE');
      }
    },
    SLOW,
  );

  it(
    'an output that cannot be written',
    async () => {
      const { code, report } = await json([
        'render',
        SEED,
        '--out',
        join(dir, 'no', 'such', 'x.md'),
        '--json',
      ]);
      expect(code).toBe(1);
      expect(report.problems[0]?.code).toBe('CLI_OUTPUT');
    },
    SLOW,
  );

  it(
    'a mix of good and bad files: one document for the whole run',
    async () => {
      const { code, report } = await json(['validate', SEED, 'broken.json', '-', '--json'], '[]');
      expect(code).toBe(1);
      expect(report.files.map((f) => [f.file, f.ok])).toEqual([
        [SEED, true],
        ['broken.json', false],
        ['<stdin>', false],
      ]);
      expect(report.summary).toEqual({ files: 3, ok: 1, failed: 2, problems: 2 });
    },
    SLOW,
  );

  it(
    'render --json carries the brief when there is no --out',
    async () => {
      const { code, report } = await json(['render', SEED, '--json']);
      expect(code).toBe(0);
      expect(report.files[0]?.markdown).toBe((await reckon(['render', SEED])).stdout);
    },
    SLOW,
  );
});

describe('--format github', () => {
  it(
    'writes one annotation per problem, escaped as the Actions runner reads them',
    async () => {
      const { code, stdout } = await reckon(
        ['validate', fixture('dangling.json'), 'broken.json', '--format', 'github'],
        {
          cwd: dir,
        },
      );
      expect(code).toBe(1);
      expect(stdout.split('\n')).toEqual([
        `::error file=${fixture('dangling.json')},line=4,col=68,title=unknown_reference::reports[0].authorIds[0]: "nobody" does not name any actor in this dossier%0Ahint: add the entity with this id to the dossier, or correct the id to one that exists`,
        '::error file=broken.json,line=3,col=1,title=CLI_INPUT::broken.json:3:1: not valid JSON: Expected double-quoted property name',
        '2 files: 0 valid, 2 not valid; 2 problems',
        '',
      ]);
    },
    SLOW,
  );

  it(
    'annotates check findings by severity',
    async () => {
      const { stdout } = await reckon(['check', SEED, '--format', 'github']);
      expect(stdout).toMatch(
        /^::warning file=[^\n]*dossier\.json,title=scope-mismatch::A derived figure mixes places/m,
      );
    },
    SLOW,
  );
});
