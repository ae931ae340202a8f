import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeTerminal, leftRawByJson, oneLine } from './terminal-text';

const ESC = String.fromCharCode(27);
const ACTED_ON = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe('escapeTerminal', () => {
  it('escapes ESC, BEL and bidi overrides (the TSDoc example)', () => {
    expect(escapeTerminal('click\u001b]8;;https://evil.example\u0007')).toBe(
      'click\\u001b]8;;https://evil.example\\u0007',
    );
    expect(escapeTerminal('between \u202e5 and 9')).toBe('between \\u202e5 and 9');
    expect(escapeTerminal('a\n\tb', '\n\t')).toBe('a\n\tb');
  });

  it('escapes C1 controls, DEL, isolates and marks, and leaves other text alone', () => {
    expect(escapeTerminal('\u009b2J\u007f\u2066x\u2069\u200f\u061c')).toBe(
      '\\u009b2J\\u007f\\u2066x\\u2069\\u200f\\u061c',
    );
    expect(escapeTerminal('Cambodia’s $12.5–19 billion, 60% of GDP')).toBe(
      'Cambodia’s $12.5–19 billion, 60% of GDP',
    );
  });

  it('changes exactly the Cc and bidi control characters: every BMP code unit, checked against \\p{Cc}', () => {
    const changed: number[] = [];
    const expected: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (escapeTerminal(`a${char}b`) !== `a${char}b`) changed.push(code);
      if (ACTED_ON.test(char)) expected.push(code);
    }
    expect(changed).toEqual(expected);
    // 65 Cc controls; U+061C; U+200E, U+200F; U+202A–U+202E; U+2066–U+2069.
    expect(changed).toHaveLength(65 + 1 + 2 + 5 + 4);
  });

  it('output law: no control or bidi character is left raw, except those kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const safe = escapeTerminal(text, '\n');
        expect(ACTED_ON.test(safe.replaceAll('\n', ''))).toBe(false);
      }),
    );
  });

  it('JSON law: an escaped JSON text parses back to the same value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(JSON.parse(escapeTerminal(JSON.stringify({ text })))).toEqual({ text });
      }),
    );
  });
});

describe('leftRawByJson', () => {
  it('tells a bidi override, which JSON leaves raw, from an ESC, which JSON escapes (the TSDoc example)', () => {
    expect(leftRawByJson('about 5 million\n\u001b[2J')).toBe(false);
    expect(leftRawByJson('between \u202e5 and 9')).toBe(true);
  });

  it('is true exactly when escapeTerminal would change JSON.stringify of the text: every BMP code unit', () => {
    const differ: number[] = [];
    const said: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const json = JSON.stringify(`a${String.fromCharCode(code)}b`);
      if (escapeTerminal(json) !== json) differ.push(code);
      if (leftRawByJson(`a${String.fromCharCode(code)}b`)) said.push(code);
    }
    expect(said).toEqual(differ);
    expect(said.length).toBeGreaterThan(0);
  });
});

describe('oneLine', () => {
  it('joins lines with a space and escapes the rest (the TSDoc example)', () => {
    expect(oneLine(' Unexpected token\n  in JSON\u001b[2J ')).toBe(
      'Unexpected token in JSON\\u001b[2J',
    );
    expect(oneLine(`a${ESC}b`)).not.toContain(ESC);
  });
});
