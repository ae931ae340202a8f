import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { OutputError } from '../errors';
import type { CliIo } from '../io';
import { messages } from '../messages';

const REASONS: Readonly<Record<string, string>> = {
  EISDIR: 'it is a directory: give a file name',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

/**
 * Writes a command's result to standard output, or to the file `--out` names (`-` also
 * means standard output).
 *
 * @param text - what to write
 * @param out - the `--out` value, if any; relative to `io.cwd`
 * @param io - standard output and the working directory
 * @returns when written
 * @throws {OutputError} when the file cannot be written, with the reason in words
 * @example
 * ```ts
 * await writeOutput('# Brief\n', 'brief.md', io);
 * ```
 */
export async function writeOutput(
  text: string,
  out: string | undefined,
  io: Pick<CliIo, 'stdout' | 'cwd'>,
): Promise<void> {
  if (out === undefined || out === '-') {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, out), text, 'utf8');
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw new OutputError(messages.cannotWrite(out, REASONS[code] ?? (code || 'unknown error')));
  }
}
