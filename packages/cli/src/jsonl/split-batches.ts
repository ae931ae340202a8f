import { concat } from '../input/read-file';

/** A run of whole NDJSON lines, or a line too long to be a record. */
export type Piece =
  | { readonly kind: 'lines'; readonly bytes: Uint8Array; readonly firstLine: number }
  | { readonly kind: 'too-long'; readonly line: number };

/**
 * At most this many bytes of whole lines go to a worker at a time: several hundred records.
 * Smaller batches cost more than they save: with 64 KB ones, two jobs spent about a tenth more
 * CPU time in all (a message each way per batch, a worker waking for each); with 1 MB ones,
 * the jobs end further apart.
 */
export const BATCH_BYTES = 256 * 1024;
/**
 * The longest line read as a record: 8 MiB. Articles are kilobytes; the cap keeps one runaway
 * line (a file with no newlines) from filling memory, so memory stays constant on any input.
 */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

const NEWLINE = 0x0a;
const encoder = new TextEncoder();

function countLines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/**
 * Cuts a byte stream into batches of whole lines, each numbered by its first line, reading
 * only as fast as the consumer takes batches (the `for await` pulls), so memory stays about
 * one batch plus one line whatever the input's size. A line longer than `maxLine` is dropped
 * as it streams past and reported by its number.
 *
 * @param source - the input's chunks (a file stream, standard input)
 * @param batchBytes - the size of a batch: each holds at most this many bytes, unless one line
 *   is longer
 * @param maxLine - the longest line kept, in bytes
 * @returns the batches, in input order; each batch's bytes own their buffer (transferable)
 * @throws whatever reading the source throws
 * @example
 * ```ts
 * async function* source() { yield new TextEncoder().encode('a\nb\nc'); }
 * const pieces = [];
 * for await (const piece of splitBatches(source(), 4)) pieces.push(piece);
 * pieces.map((p) => p.kind === 'lines' && p.firstLine); // => [1, 3]
 * ```
 */
export async function* splitBatches(
  source: AsyncIterable<Uint8Array | string>,
  batchBytes = BATCH_BYTES,
  maxLine = MAX_LINE_BYTES,
): AsyncGenerator<Piece> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  /** How many of the pending bytes are whole lines (up to and including a newline). */
  let wholeBytes = 0;
  /** The number of the first pending line. */
  let line = 1;
  /** Inside an overlong line: drop bytes up to its newline. */
  let skipping = false;

  /** Emits every whole pending line, in batches of about `batchBytes`, cut after a newline. */
  function* emitWhole(): Generator<Piece> {
    if (wholeBytes === 0) return;
    const all = concat(pending, pendingBytes);
    let from = 0;
    while (from < wholeBytes) {
      let to = wholeBytes;
      if (to - from > batchBytes) {
        // The last newline within the batch size, or the end of a line longer than it.
        const cut = all.lastIndexOf(NEWLINE, from + batchBytes - 1);
        const after = cut >= from ? cut : all.indexOf(NEWLINE, from + batchBytes);
        // No newline at all: the input's last line, which has none of its own.
        if (after !== -1 && after < wholeBytes) to = after + 1;
      }
      // A copy into a buffer of its own, to transfer to a worker: a Buffer's slice() is a
      // view of the stream's pooled memory, and transferring that would detach the stream's.
      const bytes = new Uint8Array(to - from);
      bytes.set(all.subarray(from, to));
      const firstLine = line;
      // Counted before the batch is handed on: a worker takes its buffer with it.
      line += countLines(bytes);
      from = to;
      yield { kind: 'lines', bytes, firstLine };
    }
    const rest = all.subarray(wholeBytes);
    pending = rest.length === 0 ? [] : [rest];
    pendingBytes = rest.length;
    wholeBytes = 0;
  }

  for await (const raw of source) {
    let chunk = typeof raw === 'string' ? encoder.encode(raw) : raw;
    if (skipping) {
      const end = chunk.indexOf(NEWLINE);
      if (end === -1) continue;
      chunk = chunk.subarray(end + 1);
      skipping = false;
      line++;
    }
    if (chunk.length === 0) continue;
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (lastNewline !== -1) wholeBytes = pendingBytes + lastNewline + 1;
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes - wholeBytes > maxLine) {
      yield* emitWhole();
      yield { kind: 'too-long', line };
      pending = [];
      pendingBytes = 0;
      skipping = true;
    } else if (wholeBytes >= batchBytes) {
      yield* emitWhole();
    }
  }
  // The last line may have no newline of its own.
  wholeBytes = pendingBytes;
  yield* emitWhole();
}
