import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, type JsonReport, reckon, SEED } from './helpers/reckon';

describe('reckon validate', () => {
  it('says what a valid dossier holds, exit 0', async () => {
    const { code, stdout, stderr } = await reckon(['validate', SEED]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    // Counted in the file itself, so the test follows the seed case as it grows.
    const seed = JSON.parse(readFileSync(SEED, 'utf8')) as {
      actors?: unknown[];
      sources?: unknown[];
      reports?: { findings?: unknown[]; estimates?: unknown[] }[];
      claims?: unknown[];
      estimates?: unknown[];
      responses?: unknown[];
    };
    const reports = seed.reports ?? [];
    const claims =
      (seed.claims?.length ?? 0) + reports.reduce((n, r) => n + (r.findings?.length ?? 0), 0);
    const estimates =
      (seed.estimates?.length ?? 0) + reports.reduce((n, r) => n + (r.estimates?.length ?? 0), 0);
    const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
    expect(stdout).toBe(
      `${SEED}: valid dossier: ${[
        count(seed.actors?.length ?? 0, 'actor'),
        count(seed.sources?.length ?? 0, 'source'),
        count(reports.length, 'report'),
        count(claims, 'claim'),
        count(estimates, 'estimate'),
        count(seed.responses?.length ?? 0, 'response'),
      ].join(', ')}\n`,
    );
  });

  it('reads standard input with -', async () => {
    const { code, stdout } = await reckon(['validate', '-'], { input: readFileSync(SEED) });
    expect(code).toBe(0);
    expect(stdout.startsWith('<stdin>: valid dossier: ')).toBe(true);
  });

  it('reads YAML, by extension and on standard input', async () => {
    const byName = await reckon(['validate', fixture('valid.yaml')]);
    expect(byName.code).toBe(0);
    expect(byName.stdout).toBe(
      `${fixture('valid.yaml')}: valid dossier: 2 actors, 0 sources, 1 report, 0 claims, 1 estimate, 1 response\n`,
    );
    const piped = await reckon(['validate', '-'], { input: readFileSync(fixture('valid.yaml')) });
    expect(piped.code).toBe(0);
  });

  it('prints each problem with file:line:column, path, message, code and hint; exit 1', async () => {
    const { code, stdout, stderr } = await reckon(['validate', 'test/fixtures/invalid.json']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    const file = 'test/fixtures/invalid.json';
    // Lines and columns counted by hand in the fixture.
    expect(lines).toContain(
      `${file}:12:20: reports[0].estimates[0].range: low (20000000000) is above high (19000000000): a range's low bound must not exceed its high bound [invalid_range]`,
    );
    expect(lines).toContain(
      `${file}:7:7: reports[0]: unknown key "titel" (did you mean "title"?): remove it or fix its spelling [unrecognized_keys]`,
    );
    expect(lines).toContain('  hint: what a report may hold: reckon schema report');
    expect(lines.at(-2)).toMatch(new RegExp(`^${file}: not a valid dossier: \\d+ problems$`));
  });

  it('checks references once the shape is right, with a hint on what to do', async () => {
    const file = 'test/fixtures/dangling.json';
    const { code, stdout } = await reckon(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${file}:4:68: reports[0].authorIds[0]: "nobody" does not name any actor in this dossier [unknown_reference]\n` +
        '  hint: add the entity with this id to the dossier, or correct the id to one that exists\n' +
        `${file}: not a valid dossier: 1 problem\n`,
    );
  });

  it('--json prints one document: files, and problems with places and hints', async () => {
    const { code, stdout } = await reckon(['validate', 'test/fixtures/dangling.json', '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.exitCode).toBe(1);
    expect(report.files).toEqual([
      { file: 'test/fixtures/dangling.json', ok: false, exitCode: 1, valid: false },
    ]);
    expect(report.summary).toEqual({ files: 1, ok: 0, failed: 1, problems: 1 });
    expect(report.problems).toEqual([
      {
        file: 'test/fixtures/dangling.json',
        path: 'reports[0].authorIds[0]',
        code: 'unknown_reference',
        message: '"nobody" does not name any actor in this dossier',
        line: 4,
        column: 68,
        hint: 'add the entity with this id to the dossier, or correct the id to one that exists',
      },
    ]);
  });

  it('--json on a valid dossier: ok, valid, no problems, exit 0', async () => {
    const { code, stdout } = await reckon(['validate', SEED, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      command: 'validate',
      ok: true,
      exitCode: 0,
      summary: { files: 1, ok: 1, failed: 0, problems: 0 },
      files: [{ file: SEED, ok: true, exitCode: 0, valid: true }],
      problems: [],
    });
  });

  it('a document that is not an object is one problem at (document)', async () => {
    const { code, stdout } = await reckon(['validate', '-'], { input: '[1, 2, 3]' });
    expect(code).toBe(1);
    expect(stdout).toContain(
      '<stdin>:1:1: (document): expected an object, received an array [invalid_type]',
    );
  });
});
