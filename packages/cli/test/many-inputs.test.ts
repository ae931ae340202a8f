import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, reckon, SEED, STACK_LINE } from './helpers/reckon';

// Each test spawns the built bin a few times: generous, for a busy machine.
const SLOW = 60_000;

let dir: string;
const at = (...names: string[]) => join(dir, ...names);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reckon-many-'));
  mkdirSync(at('cases', 'more'), { recursive: true });
  copyFileSync(SEED, at('cases', 'seed.json'));
  copyFileSync(fixture('valid.yaml'), at('cases', 'more', 'valid.yaml'));
  copyFileSync(fixture('dangling.json'), at('cases', 'more', 'dangling.json'));
  writeFileSync(at('cases', 'notes.txt'), 'not read: not .json, .yaml or .yml');
  writeFileSync(at('broken.json'), '{\n  "schemaVersion": "0.2",\n}\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validate over several files and folders', () => {
  it(
    'gives each file its own lines and ends with a summary; exit 0 when all are valid',
    async () => {
      const { code, stdout, stderr } = await reckon(['validate', SEED, fixture('valid.yaml')], {
        cwd: dir,
      });
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const lines = stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/dossier\.json: valid dossier: 5 actors/);
      expect(lines[1]).toMatch(/valid\.yaml: valid dossier: /);
      expect(lines[2]).toBe('2 files: 2 valid, 0 not valid; 0 problems');
    },
    SLOW,
  );

  it(
    'reads every .json, .yaml and .yml below a folder, in name order',
    async () => {
      const { code, stdout } = await reckon(['validate', 'cases'], { cwd: dir });
      expect(code).toBe(1);
      const named = stdout
        .split('\n')
        .filter((line) => /: (valid dossier|not a valid dossier)/.test(line))
        .map((line) => line.slice(0, line.indexOf(':')));
      expect(named).toEqual([
        'cases/more/dangling.json',
        'cases/more/valid.yaml',
        'cases/seed.json',
      ]);
      expect(stdout).toContain('cases/more/dangling.json:4:68: reports[0].authorIds[0]');
      expect(stdout.trimEnd().split('\n').at(-1)).toBe('3 files: 2 valid, 1 not valid; 1 problem');
    },
    SLOW,
  );

  it(
    'goes on past a broken file, saying what is wrong with it, and exits with the worst code',
    async () => {
      const { code, stdout, stderr } = await reckon(
        ['validate', 'cases/seed.json', 'broken.json', 'missing.json', 'cases/more/valid.yaml'],
        { cwd: dir },
      );
      expect(code).toBe(1);
      expect(stderr).toBe(
        'reckon: broken.json:3:1: not valid JSON: Expected double-quoted property name\n' +
          'reckon: missing.json: no such file\n',
      );
      expect(stdout).toContain('cases/seed.json: valid dossier');
      expect(stdout).toContain('cases/more/valid.yaml: valid dossier');
      expect(stdout.trimEnd().split('\n').at(-1)).toBe('4 files: 2 valid, 2 not valid; 2 problems');
      expect(stderr).not.toMatch(STACK_LINE);
    },
    SLOW,
  );

  it(
    'reads - among files, once',
    async () => {
      const { code, stdout } = await reckon(['validate', 'cases/seed.json', '-'], {
        cwd: dir,
        input: readFileSync(SEED),
      });
      expect(code).toBe(0);
      expect(stdout).toContain('<stdin>: valid dossier');
      const twice = await reckon(['validate', '-', '-'], { cwd: dir });
      expect(twice.code).toBe(2);
      expect(twice.stderr).toBe(
        'reckon: "reckon validate" reads standard input once: give - only once\n',
      );
    },
    SLOW,
  );
});

describe('check over several files', () => {
  it(
    'checks each, and exits 1 when one has an error finding',
    async () => {
      const { code, stdout } = await reckon(['check', SEED, fixture('part-exceeds-whole.json')]);
      expect(code).toBe(1);
      expect(stdout).toContain('error part-exceeds-whole: ');
      expect(stdout).toContain('warning scope-mismatch: ');
      expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 files: 1 passed, 1 failed; 0 problems');
    },
    SLOW,
  );
});

describe('render over several files', () => {
  it(
    'needs --out DIR',
    async () => {
      const { code, stdout, stderr } = await reckon(['render', 'cases'], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        'reckon: "reckon render" got 3 inputs: give --out DIR, a folder to write one file per input into\n',
      );
    },
    SLOW,
  );

  it(
    'writes one brief per valid dossier into --out DIR, keeping places below a folder',
    async () => {
      const { code, stdout, stderr } = await reckon(['render', 'cases', '--out', 'briefs'], {
        cwd: dir,
      });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(readFileSync(at('briefs', 'seed.md'), 'utf8')).toBe(
        (await reckon(['render', SEED])).stdout,
      );
      expect(existsSync(at('briefs', 'more', 'valid.md'))).toBe(true);
      expect(existsSync(at('briefs', 'more', 'dangling.md'))).toBe(false);
      expect(stderr).toContain('cases/seed.json: rendered to briefs/seed.md\n');
      expect(stderr).toContain(
        'cases/more/dangling.json: not a valid dossier: 1 problem; nothing rendered\n',
      );
      expect(stderr.trimEnd().split('\n').at(-1)).toBe(
        '3 files: 2 rendered, 1 not rendered; 1 problem',
      );
    },
    SLOW,
  );

  it(
    'refuses two inputs that would be written to the same file, before writing anything',
    async () => {
      const { code, stderr } = await reckon(
        ['render', 'cases/seed.json', at('cases', 'seed.json'), '--out', 'clash'],
        {
          cwd: dir,
        },
      );
      expect(code).toBe(2);
      expect(stderr).toContain('would both be written to clash/seed.md');
      expect(existsSync(at('clash'))).toBe(false);
    },
    SLOW,
  );
});
