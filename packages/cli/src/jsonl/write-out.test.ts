import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeOut } from './write-out';

const encoder = new TextEncoder();
const line = '{"id":"a","text":"about €2 million"}\n';

describe('writeOut', () => {
  it('writes bytes to a Node stream as they are (the TSDoc example)', async () => {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    await writeOut(stream, encoder.encode(line));
    expect(Buffer.concat(chunks).toString('utf8')).toBe(line);
  });

  it('decodes bytes for a stream that takes text', () => {
    const written: unknown[] = [];
    const stream = { write: (text: string) => written.push(text) };
    expect(writeOut(stream, encoder.encode(line))).toBeUndefined();
    expect(written).toEqual([line]);
  });

  it('writes nothing for an empty batch', () => {
    const written: unknown[] = [];
    writeOut({ write: (text: string) => written.push(text) }, new Uint8Array(0));
    expect(written).toEqual([]);
  });

  it('waits for the stream to drain once its buffer is full, and only then', async () => {
    const stream = new PassThrough({ highWaterMark: 8 });
    expect(writeOut(stream, encoder.encode('short'))).toBeUndefined();
    const waiting = writeOut(stream, encoder.encode(line));
    expect(waiting).toBeInstanceOf(Promise);
    let drained = false;
    void waiting!.then(() => {
      drained = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false);
    stream.resume();
    await waiting;
    expect(drained).toBe(true);
  });
});
