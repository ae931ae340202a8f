import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ErrorOffset } from './utf8-error-offset';

const bytes = (...values: number[]) => Uint8Array.from(values);
const fatal = new TextDecoder('utf-8', { fatal: true });
const decodes = (input: Uint8Array): boolean => {
  try {
    fatal.decode(input);
    return true;
  } catch {
    return false;
  }
};

describe('utf8ErrorOffset', () => {
  it('finds nothing wrong in UTF-8 text (the TSDoc example)', () => {
    expect(utf8ErrorOffset(new TextEncoder().encode('Kingdom’s'))).toBe(-1);
    expect(utf8ErrorOffset(bytes(0x61, 0xff, 0x62))).toBe(1);
  });

  it('accepts one character of each length, at the edges of table 3-7', () => {
    expect(utf8ErrorOffset(bytes(0x7f))).toBe(-1); // U+007F
    expect(utf8ErrorOffset(bytes(0xc2, 0x80))).toBe(-1); // U+0080
    expect(utf8ErrorOffset(bytes(0xe0, 0xa0, 0x80))).toBe(-1); // U+0800
    expect(utf8ErrorOffset(bytes(0xed, 0x9f, 0xbf))).toBe(-1); // U+D7FF
    expect(utf8ErrorOffset(bytes(0xf0, 0x90, 0x80, 0x80))).toBe(-1); // U+10000
    expect(utf8ErrorOffset(bytes(0xf4, 0x8f, 0xbf, 0xbf))).toBe(-1); // U+10FFFF
  });

  it('names the lead byte of each ill-formed sequence', () => {
    expect(utf8ErrorOffset(bytes(0x41, 0x80))).toBe(1); // a lone continuation byte
    expect(utf8ErrorOffset(bytes(0xc0, 0xaf))).toBe(0); // overlong "/"
    expect(utf8ErrorOffset(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong, three bytes
    expect(utf8ErrorOffset(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1); // a surrogate, U+D800
    expect(utf8ErrorOffset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // past U+10FFFF
    expect(utf8ErrorOffset(bytes(0xf5, 0x80, 0x80, 0x80))).toBe(0); // no such lead byte
    expect(utf8ErrorOffset(bytes(0x41, 0x42, 0xe2, 0x80))).toBe(2); // cut short at the end
    expect(utf8ErrorOffset(bytes(0xe2, 0x41, 0x80))).toBe(0); // a continuation missing
  });

  it('agrees with TextDecoder: -1 exactly when the bytes decode', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        expect(utf8ErrorOffset(input) === -1).toBe(decodes(input));
      }),
    );
  });

  it('is the first bad byte: every byte before it decodes, and it starts no character', () => {
    // Mostly-valid input makes the error land anywhere, not only at the start.
    const mixed = fc
      .tuple(
        fc.string({ unit: 'grapheme' }),
        fc.uint8Array({ minLength: 1, maxLength: 4 }),
        fc.string(),
      )
      .map(([a, junk, b]) => {
        const head = new TextEncoder().encode(a);
        const tail = new TextEncoder().encode(b);
        const out = new Uint8Array(head.length + junk.length + tail.length);
        out.set(head, 0);
        out.set(junk, head.length);
        out.set(tail, head.length + junk.length);
        return out;
      });
    fc.assert(
      fc.property(mixed, (input) => {
        const offset = utf8ErrorOffset(input);
        if (offset === -1) return;
        expect(decodes(input.subarray(0, offset))).toBe(true);
        // No well-formed character (at most four bytes) starts at the offset.
        for (let length = 1; length <= 4 && offset + length <= input.length; length += 1) {
          expect(decodes(input.subarray(offset, offset + length))).toBe(false);
        }
      }),
    );
  });
});
