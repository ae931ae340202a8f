import { Writable } from 'node:stream';
import type { OutputStream } from '../io';

const decoder = new TextDecoder();

/**
 * Writes a batch's hit lines, and waits when the stream's buffer is full (a slow reader
 * downstream). A Node stream (standard output) takes the bytes as they are; any other
 * {@link OutputStream}, which takes text, gets them decoded.
 *
 * @param stream - standard output
 * @param out - NDJSON lines as UTF-8
 * @returns a promise to wait for when the stream asks the writer to wait, else `undefined`
 * @throws whatever the stream's `write` throws
 * @example
 * ```ts
 * await writeOut(process.stdout, new TextEncoder().encode('{"id":"a"}\n'));
 * ```
 */
export function writeOut(stream: OutputStream, out: Uint8Array): Promise<void> | undefined {
  if (out.length === 0) return undefined;
  const accepted =
    stream instanceof Writable ? stream.write(out) : stream.write(decoder.decode(out));
  if (accepted !== false) return undefined;
  const emitter = stream as Partial<NodeJS.WriteStream>;
  if (typeof emitter.once !== 'function') return undefined;
  return new Promise((resolve) => emitter.once!('drain', resolve));
}
