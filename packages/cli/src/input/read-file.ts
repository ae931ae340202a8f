import { open } from 'node:fs/promises';
import { InputError } from '../errors';
import { messages } from '../messages';

const CHUNK = 64 * 1024;

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';

export function openFailure(name: string, error: unknown): InputError {
  const code = errorCode(error);
  if (code === 'ENOENT') return new InputError(messages.noSuchFile(name));
  if (code === 'ENOTDIR') return new InputError(messages.notAFolder(name));
  if (code === 'EACCES' || code === 'EPERM') return new InputError(messages.permissionDenied(name));
  if (code === 'EISDIR') return new InputError(messages.isDirectory(name));
  return new InputError(messages.cannotOpen(name, code));
}

/**
 * Reads a file's bytes, refusing a directory, and a file larger than `limit` by its size
 * before reading any of it. Files whose size is not known in advance (a FIFO, `/dev/zero`)
 * are read in chunks and refused as soon as they pass the limit.
 *
 * @param path - an absolute path
 * @param name - the file as the user wrote it, for messages
 * @param limit - the most bytes to read
 * @returns the file's bytes
 * @throws {InputError} when the file is missing, unreadable, a directory, or too large
 * @example
 * ```ts
 * const bytes = await readFileBytes(resolve('dossier.json'), 'dossier.json', MAX_INPUT_BYTES);
 * ```
 */
export async function readFileBytes(
  path: string,
  name: string,
  limit: number,
): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw openFailure(name, error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new InputError(messages.isDirectory(name));
    if (stats.isFile() && stats.size > limit) {
      throw new InputError(messages.tooLarge(name, stats.size, limit));
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(CHUNK);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK, null));
      } catch (error) {
        if (errorCode(error) === 'EISDIR') throw new InputError(messages.isDirectory(name));
        throw new InputError(messages.cannotRead(name, errorCode(error)));
      }
      if (bytesRead === 0) break;
      total += bytesRead;
      // A file that grew after it was measured, or a device with no size, stops here.
      if (total > limit) throw new InputError(messages.tooLargeStream(name, limit));
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * Joins chunks of bytes into one array.
 *
 * @param chunks - the pieces, in order
 * @param total - their summed length
 * @returns one array holding every byte
 * @throws never
 * @example
 * ```ts
 * concat([Uint8Array.of(1), Uint8Array.of(2, 3)], 3); // => Uint8Array [1, 2, 3]
 * ```
 */
export function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
