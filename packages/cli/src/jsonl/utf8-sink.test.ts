import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Sink } from './utf8-sink';

const encoder = new TextEncoder();

describe('Utf8Sink', () => {
  it('holds the UTF-8 of what was appended (the TSDoc example)', () => {
    const sink = new Utf8Sink(16);
    sink.append('€2 million\n');
    expect(sink.take()).toEqual(encoder.encode('€2 million\n'));
  });

  it('holds nothing when nothing was appended', () => {
    expect(new Utf8Sink(0).take()).toEqual(new Uint8Array(0));
  });

  it('law: the bytes taken are TextEncoder.encode of each text, one after the other, whatever the starting capacity', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 100 }), { maxLength: 30 }),
        fc.nat(300),
        (texts, capacity) => {
          const sink = new Utf8Sink(capacity);
          for (const text of texts) sink.append(text);
          // Each text alone: a lone surrogate at the end of one and the start of the next
          // are two replacement characters, not a pair.
          const each = texts.map((text) => [...encoder.encode(text)]);
          expect(sink.take()).toEqual(new Uint8Array(each.flat()));
        },
      ),
    );
  });
});
