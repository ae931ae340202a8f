import { fstatSync } from 'node:fs';
import { InputError } from '../errors';
import type { InputStream } from '../io';
import { messages } from '../messages';
import { concat } from './read-file';

const encoder = new TextEncoder();

/**
 * Reads a stream to its end, refusing it as soon as it passes `limit`. When the stream is a
 * regular file behind a file descriptor (`reckon validate - < big.json`), its size is checked
 * first, so nothing of an oversized file is read.
 *
 * @param stream - standard input, or any async iterable of bytes or text
 * @param name - what to call it in messages, e.g. `standard input`
 * @param limit - the most bytes to read
 * @returns the bytes read
 * @throws {InputError} when the input is too large or reading fails
 * @example
 * ```ts
 * const bytes = await readStreamBytes(process.stdin, 'standard input', MAX_INPUT_BYTES);
 * ```
 */
export async function readStreamBytes(
  stream: InputStream,
  name: string,
  limit: number,
): Promise<Uint8Array> {
  if (typeof stream.fd === 'number') {
    let size: number | undefined;
    try {
      const stats = fstatSync(stream.fd);
      if (stats.isFile()) size = stats.size;
    } catch {
      // Not a descriptor fstat can read (a closed one, a test double): just read the stream.
    }
    if (size !== undefined && size > limit)
      throw new InputError(messages.tooLarge(name, size, limit));
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      total += bytes.length;
      // Leaving the loop ends the iteration, which stops reading the rest.
      if (total > limit) throw new InputError(messages.tooLargeStream(name, limit));
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code =
      typeof error === 'object' && error !== null && 'code' in error
        ? String(error.code)
        : 'unknown';
    throw new InputError(messages.cannotRead(name, code));
  }
  return concat(chunks, total);
}
