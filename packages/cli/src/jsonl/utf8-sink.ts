/**
 * Text appended as UTF-8 into one growing buffer. `extract --jsonl` writes a batch's hit
 * lines here one by one: each line is short-lived, and the batch is bytes when it is done,
 * ready for standard output or to cross from a worker. Joining the lines as one string
 * instead kept a tree of some ten pieces per hit alive for the whole batch, which the
 * garbage collector copied from collection to collection, and which had to be flattened and
 * then encoded at the end.
 */
export class Utf8Sink {
  private bytes: Buffer;
  private length = 0;

  /** @param capacity - bytes to hold before the first growth; it doubles when full */
  constructor(capacity: number) {
    // Not zeroed: only the bytes written are ever read. Not from Node's shared pool, so the
    // buffer is this sink's own.
    this.bytes = Buffer.allocUnsafeSlow(Math.max(capacity, 64));
  }

  /**
   * Appends text as UTF-8.
   *
   * @param text - any string; a lone surrogate becomes U+FFFD, as `TextEncoder` writes it
   * @example
   * ```ts
   * const sink = new Utf8Sink(16);
   * sink.append('€2 million\n');
   * sink.take(); // => the 13 bytes of '€2 million\n'
   * ```
   */
  append(text: string): void {
    // A UTF-16 code unit never takes more than 3 bytes of UTF-8 (a pair of them takes 4).
    const room = this.length + 3 * text.length;
    if (room > this.bytes.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(room, 2 * this.bytes.length));
      this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
    }
    this.length += this.bytes.write(text, this.length);
  }

  /**
   * The bytes appended so far, as a view of the buffer: append nothing after taking it.
   *
   * @returns the UTF-8 of every text appended, in order
   */
  take(): Uint8Array {
    return new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.length);
  }
}
