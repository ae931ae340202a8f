import { resolve } from 'node:path';
import type { CliIo } from '../io';
import { decodeText } from './decode-text';
import { MAX_INPUT_BYTES } from './limits';
import { readFileBytes } from './read-file';
import { readStreamBytes } from './read-stream';

/** A text input: what to call it in messages, and its content. */
export interface TextInput {
  /** The file as the user wrote it, or `<stdin>`. */
  readonly name: string;
  /** `true` when read from standard input (`-`). */
  readonly stdin: boolean;
  readonly text: string;
}

/**
 * Reads the input a command names: a file path (relative to `io.cwd`), or `-` for standard
 * input. Every refusal is one line naming the input.
 *
 * @param argument - a path, or `-`
 * @param io - where standard input and the working directory come from
 * @param limit - the most bytes to read; default {@link MAX_INPUT_BYTES}
 * @returns the input's name and text
 * @throws {InputError} when it is missing, a directory, too large, binary or not UTF-8
 * @example
 * ```ts
 * const input = await readInput('dossier.json', io);
 * input.text.startsWith('{'); // => true
 * ```
 */
export async function readInput(
  argument: string,
  io: Pick<CliIo, 'stdin' | 'cwd'>,
  limit: number = MAX_INPUT_BYTES,
): Promise<TextInput> {
  if (argument === '-') {
    const name = '<stdin>';
    const bytes = await readStreamBytes(io.stdin, 'standard input', limit);
    return { name, stdin: true, text: decodeText(bytes, 'standard input') };
  }
  const bytes = await readFileBytes(resolve(io.cwd, argument), argument, limit);
  return { name: argument, stdin: false, text: decodeText(bytes, argument) };
}
