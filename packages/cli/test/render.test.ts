import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, reckon, SEED } from './helpers/reckon';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reckon-render-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seedTitle = (JSON.parse(readFileSync(SEED, 'utf8')) as { title: string }).title;

describe('reckon render', () => {
  it('writes the seed’s brief to stdout: title, estimates table, what the numbers imply; exit 0', async () => {
    const { code, stdout, stderr } = await reckon(['render', SEED]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith(`# ${seedTitle}\n`)).toBe(true);
    expect(stdout).toContain('\n## Estimates\n');
    expect(stdout).toMatch(
      /^\| Revenue from scam operations in Cambodia +\| \$12\.5–19 billion a year +\|/m,
    );
    expect(stdout).toContain('\n## What the numbers imply\n');
    expect(stdout).toContain('**at least $20.8 billion a year**');
    expect(stdout.endsWith('\n')).toBe(true);
  });

  it('--style short writes ranges in the short style', async () => {
    const { code, stdout } = await reckon(['render', SEED, '--style', 'short']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^\| Revenue from scam operations in Cambodia +\| \$12\.5B–\$19B\/yr +\|/m,
    );
  });

  it('--locale writes numbers the locale’s way', async () => {
    const { code, stdout } = await reckon(['render', SEED, '--locale', 'de']);
    expect(code).toBe(0);
    expect(stdout).toContain('12,5');
  });

  it('--out writes the brief to a file and nothing to stdout; the file holds what stdout would', async () => {
    const out = join(dir, 'brief.md');
    const written = await reckon(['render', SEED, '--out', out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await reckon(['render', SEED])).stdout);
  });

  it('reads YAML from standard input', async () => {
    const { code, stdout } = await reckon(['render', '-'], {
      input: readFileSync(fixture('valid.yaml')),
    });
    expect(code).toBe(0);
    expect(stdout.startsWith('# Scam revenue in Cambodia\n')).toBe(true);
  });

  it('--out into a directory or a missing folder: one line, exit 1', async () => {
    const intoDir = await reckon(['render', SEED, '--out', dir]);
    expect(intoDir.code).toBe(1);
    expect(intoDir.stderr).toBe(
      `reckon: cannot write ${dir}: it is a directory: give a file name\n`,
    );
    const missing = join(dir, 'no', 'such', 'brief.md');
    const noFolder = await reckon(['render', SEED, '--out', missing]);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toBe(`reckon: cannot write ${missing}: its folder does not exist\n`);
  });

  it('does not render an invalid dossier: its problems go to stderr, stdout stays empty, exit 1', async () => {
    const { code, stdout, stderr } = await reckon(['render', fixture('invalid.json')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('[unrecognized_keys]');
    expect(stderr).toMatch(/: not a valid dossier: \d+ problems; nothing rendered\n$/);
  });
});
