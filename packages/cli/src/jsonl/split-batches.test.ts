import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Piece, splitBatches } from './split-batches';

async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % Math.max(sizes.length, 1)] ?? 1);
    yield bytes.slice(at, at + size);
    at += size;
  }
}

async function collect(source: AsyncIterable<Uint8Array>, batch: number, maxLine: number) {
  const pieces: Piece[] = [];
  for await (const piece of splitBatches(source, batch, maxLine)) pieces.push(piece);
  return pieces;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

describe('splitBatches', () => {
  it('loses and reorders nothing: the batches joined give the input back, each cut after a newline, numbered by its first line, no larger than the batch size unless one line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.stringMatching(/^[a-z ]{0,12}$/), { maxLength: 40 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 64 }),
        async (lines, finalNewline, sizes, batch) => {
          const text = lines.join('\n') + (finalNewline && lines.length > 0 ? '\n' : '');
          const pieces = await collect(chunked(encoder.encode(text), sizes), batch, 1000);
          let joined = '';
          for (const piece of pieces) {
            if (piece.kind !== 'lines') throw new Error('no line is too long here');
            expect(piece.firstLine).toBe(joined.split('\n').length);
            const part = decoder.decode(piece.bytes);
            if (piece !== pieces.at(-1)) expect(part.endsWith('\n')).toBe(true);
            if (piece.bytes.length > batch) expect(part.trimEnd()).not.toContain('\n');
            joined += part;
          }
          expect(joined).toBe(text);
        },
      ),
    );
  });

  it('drops a line longer than the cap as it streams past and reports its number', async () => {
    const text = `a\nb\n${'x'.repeat(50)}\nc\n`;
    const pieces = await collect(chunked(encoder.encode(text), [7]), 1, 20);
    const shown = pieces.map((piece) =>
      piece.kind === 'lines'
        ? { first: piece.firstLine, text: decoder.decode(piece.bytes) }
        : { tooLong: piece.line },
    );
    expect(shown.filter((p) => 'tooLong' in p)).toEqual([{ tooLong: 3 }]);
    const kept = shown.map((p) => ('text' in p ? p.text : '')).join('');
    expect(kept).toBe('a\nb\nc\n');
    expect(shown.at(-1)).toEqual({ first: 4, text: 'c\n' });
  });

  it('gives each batch a buffer of its own, so handing one to a worker detaches nothing else', async () => {
    const source = encoder.encode('one\ntwo\nthree\n');
    const pieces = await collect(chunked(source, [100]), 4, 100);
    const buffers = pieces.map((piece) => (piece.kind === 'lines' ? piece.bytes.buffer : null));
    expect(new Set(buffers).size).toBe(pieces.length);
    expect(buffers).not.toContain(source.buffer);
  });
});

describe('splitBatches (the TSDoc example)', () => {
  it('numbers each batch by its first line', async () => {
    async function* source() {
      yield new TextEncoder().encode('a\nb\nc');
    }
    const pieces = [];
    for await (const piece of splitBatches(source(), 4)) pieces.push(piece);
    expect(pieces.map((p) => p.kind === 'lines' && p.firstLine)).toEqual([1, 3]);
  });
});
