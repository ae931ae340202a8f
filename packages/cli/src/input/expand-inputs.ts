import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError, UsageError } from '../errors';
import { messages } from '../messages';

/** The files a folder argument contributes. */
const DOSSIER_FILE = /\.(?:json|ya?ml)$/i;

/** One input of a run: a file (or `-`) to read, or an argument that cannot be used. */
export type ExpandedInput =
  | {
      readonly kind: 'file';
      /** The path as the user would write it (`-` for standard input). */
      readonly argument: string;
      /** The folder argument it was found in, for `--out DIR` to mirror; absent for a file. */
      readonly folder?: string;
    }
  | { readonly kind: 'error'; readonly argument: string; readonly error: InputError };

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    // A missing or unreadable path is read as a file, which says what is wrong with it.
    return false;
  }
}

/** The dossier files under a folder, sorted, depth first; symbolic links to folders are not followed. */
async function filesUnder(path: string, name: string, into: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    throw new InputError(messages.cannotList(name, errorCode(error)));
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = join(name, entry.name);
    if (entry.isDirectory()) await filesUnder(join(path, entry.name), child, into);
    else if ((entry.isFile() || entry.isSymbolicLink()) && DOSSIER_FILE.test(entry.name)) {
      into.push(child);
    }
  }
}

/**
 * Turns a command's arguments into the inputs it reads: a file as it is, `-` for standard
 * input, and a folder as every `*.json`, `*.yaml` and `*.yml` file in it and below, in name
 * order. A folder that cannot be listed or holds none is an input that fails on its own, so
 * the rest of the run goes on.
 *
 * @param command - the command's name, for messages
 * @param positionals - the arguments, at least one
 * @param cwd - where relative paths start
 * @returns the inputs, in the order given
 * @throws {UsageError} when there is no argument, or `-` is given twice
 * @example
 * ```ts
 * await expandInputs('validate', ['a.json', 'cases/'], process.cwd());
 * // => [{ kind: 'file', argument: 'a.json' }, { kind: 'file', argument: 'cases/x.yaml', folder: 'cases/' }]
 * ```
 */
export async function expandInputs(
  command: string,
  positionals: readonly string[],
  cwd: string,
): Promise<ExpandedInput[]> {
  if (positionals.length === 0 || positionals.some((p) => p === '')) {
    throw new UsageError(messages.missingFile(command));
  }
  if (positionals.filter((p) => p === '-').length > 1) {
    throw new UsageError(messages.stdinTwice(command));
  }
  const inputs: ExpandedInput[] = [];
  for (const argument of positionals) {
    const path = resolve(cwd, argument);
    if (argument === '-' || !(await isFolder(path))) {
      inputs.push({ kind: 'file', argument });
      continue;
    }
    const found: string[] = [];
    try {
      await filesUnder(path, argument, found);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      inputs.push({ kind: 'error', argument, error });
      continue;
    }
    if (found.length === 0) {
      inputs.push({
        kind: 'error',
        argument,
        error: new InputError(messages.noDossierFiles(argument)),
      });
    }
    for (const file of found) inputs.push({ kind: 'file', argument: file, folder: argument });
  }
  return inputs;
}
