import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../errors';
import { expandInputs } from './expand-inputs';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reckon-expand-'));
  mkdirSync(join(dir, 'cases', 'b'), { recursive: true });
  mkdirSync(join(dir, 'empty'));
  for (const name of ['cases/x.yaml', 'cases/b/y.YML', 'cases/a.json', 'cases/notes.txt', 'a.json'])
    writeFileSync(join(dir, name), '{}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandInputs', () => {
  it('keeps files and -, and expands a folder into its dossier files in name order (the TSDoc example)', async () => {
    expect(await expandInputs('validate', ['a.json', 'cases/', '-'], dir)).toEqual([
      { kind: 'file', argument: 'a.json' },
      { kind: 'file', argument: 'cases/a.json', folder: 'cases/' },
      { kind: 'file', argument: 'cases/b/y.YML', folder: 'cases/' },
      { kind: 'file', argument: 'cases/x.yaml', folder: 'cases/' },
      { kind: 'file', argument: '-' },
    ]);
  });

  it('keeps a missing path as a file, for reading it to say what is wrong', async () => {
    expect(await expandInputs('check', ['missing.json'], dir)).toEqual([
      { kind: 'file', argument: 'missing.json' },
    ]);
  });

  it('makes a folder with no dossier file an input that fails on its own', async () => {
    const [only] = await expandInputs('check', ['empty'], dir);
    expect(only?.kind).toBe('error');
    expect(only?.kind === 'error' && only.error.message).toBe(
      'empty: a folder with no .json, .yaml or .yml file in it (or below)',
    );
  });

  it('refuses no argument, an empty one, and - twice', async () => {
    await expect(expandInputs('validate', [], dir)).rejects.toThrow(UsageError);
    await expect(expandInputs('validate', [''], dir)).rejects.toThrow(UsageError);
    await expect(expandInputs('validate', ['-', 'a.json', '-'], dir)).rejects.toThrow(
      '"reckon validate" reads standard input once: give - only once',
    );
  });
});
