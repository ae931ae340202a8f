import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors';
import { openFailure } from '../input/read-file';
import type { CliIo } from '../io';
import { messages } from '../messages';

/** One input of a streaming command: its name for messages, and its bytes as they arrive. */
export interface StreamSource {
  readonly name: string;
  readonly chunks: AsyncIterable<Uint8Array | string>;
  /** Closes the file (nothing for standard input). */
  close(): Promise<void>;
}

/** Large reads keep the number of chunks, and so the per-chunk work, small. */
const READ_CHUNK = 1024 * 1024;

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';

/** Turns a failed read into the CLI's one-line input error, keeping ours as they are. */
async function* guarded(
  name: string,
  chunks: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<Uint8Array | string> {
  try {
    yield* chunks;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (errorCode(error) === 'EISDIR') throw new InputError(messages.isDirectory(name));
    throw new InputError(messages.cannotRead(name, errorCode(error)));
  }
}

/**
 * Opens an input to stream, with no size limit: a path (relative to `io.cwd`) or `-` for
 * standard input. Nothing is read until the chunks are iterated, and each chunk is read only
 * when the previous one has been taken, so a slow consumer slows the reading (backpressure).
 *
 * @param argument - a path, or `-`
 * @param io - standard input and the working directory
 * @returns the source, to iterate once and then close
 * @throws {InputError} when the file is missing, unreadable or a directory
 * @example
 * ```ts
 * const source = await openSource('records.jsonl', io);
 * for await (const chunk of source.chunks) count += chunk.length;
 * await source.close();
 * ```
 */
export async function openSource(
  argument: string,
  io: Pick<CliIo, 'stdin' | 'cwd'>,
): Promise<StreamSource> {
  if (argument === '-') {
    return { name: '<stdin>', chunks: guarded('standard input', io.stdin), close: async () => {} };
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(resolve(io.cwd, argument), 'r');
  } catch (error) {
    throw openFailure(argument, error);
  }
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw new InputError(messages.isDirectory(argument));
  }
  const stream = handle.createReadStream({ highWaterMark: READ_CHUNK, autoClose: false });
  return {
    name: argument,
    chunks: guarded(argument, stream),
    close: async () => {
      stream.destroy();
      await handle.close();
    },
  };
}
