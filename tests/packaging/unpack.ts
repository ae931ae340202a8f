import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOrThrow } from './run';

/** A packed tarball, extracted: read its files as a user's `node_modules` would hold them. */
export interface Unpacked {
  /** The package root inside the extraction (npm puts every file under `package/`). */
  readonly root: string;
  /** Reads a file of the package as text, by its path in the tarball (`dist/index.d.ts`). */
  read(path: string): string;
}

/** Extracts a tarball with `tar` into a fresh temporary folder. */
export function unpack(tarball: string): Unpacked {
  const dir = mkdtempSync(join(tmpdir(), 'reckon-unpacked-'));
  runOrThrow('tar', ['-xzf', tarball, '-C', dir], dir);
  const root = join(dir, 'package');
  return { root, read: (path) => readFileSync(join(root, path), 'utf8') };
}
