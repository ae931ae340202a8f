import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { concat, readFileBytes } from './read-file';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reckon-read-'));
  writeFileSync(join(dir, 'dossier.json'), '{"schemaVersion":"0.1"}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFileBytes', () => {
  it('reads a file’s bytes (the TSDoc example, on a file of our own)', async () => {
    const bytes = await readFileBytes(join(dir, 'dossier.json'), 'dossier.json', 1000);
    expect(new TextDecoder().decode(bytes)).toBe('{"schemaVersion":"0.1"}');
  });

  it('refuses a file over the limit by its size, and a directory', async () => {
    await expect(readFileBytes(join(dir, 'dossier.json'), 'dossier.json', 10)).rejects.toThrow(
      'dossier.json is 23 bytes, larger than the 10 bytes reckon reads: give a smaller file',
    );
    await expect(readFileBytes(dir, 'here', 10)).rejects.toThrow(InputError);
  });
});

describe('concat', () => {
  it('joins chunks in order (the TSDoc example)', () => {
    expect(concat([Uint8Array.of(1), Uint8Array.of(2, 3)], 3)).toEqual(Uint8Array.of(1, 2, 3));
    expect(concat([], 0)).toEqual(new Uint8Array(0));
  });
});
