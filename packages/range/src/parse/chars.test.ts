import { describe, expect, it } from 'vitest';
import {
  charClass,
  DIGIT,
  isAsciiLetter,
  isBidiControl,
  isSpace,
  isWordChar,
  SPACE,
  WORD,
} from './chars';

/**
 * The scanner's character classes at the edges of each range of code units, where an
 * off-by-one would let a letter split a word or an invisible mark join two numbers.
 */
const code = (c: string) => c.charCodeAt(0);

describe('character classes', () => {
  it('takes A-Z and a-z for ASCII letters, and not their neighbours', () => {
    expect(['A', 'Z', 'a', 'z'].map((c) => isAsciiLetter(code(c)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['@', '[', '`', '{'].map((c) => isAsciiLetter(code(c)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('takes ASCII and typeset spaces and invisible marks for spaces', () => {
    const spaces = [
      9, 13, 32, 0xa0, 0x2000, 0x200b, 0x200e, 0x200f, 0x061c, 0x202f, 0x205f, 0x3000, 0xfeff,
    ];
    expect(spaces.filter((c) => !isSpace(c))).toEqual([]);
    const neighbours = [8, 14, 0x1fff, 0x200c, 0x200d, 0x2010, 0x2060, 0x3001, 0xfefe];
    expect(neighbours.filter((c) => isSpace(c))).toEqual([]);
    expect(spaces.map(charClass).every((k) => k === SPACE)).toBe(true);
  });

  it('takes U+202A-U+202E and U+2066-U+2069 for bidirectional controls', () => {
    expect([0x202a, 0x202e, 0x2066, 0x2069].every(isBidiControl)).toBe(true);
    expect([0x2029, 0x202f, 0x2065, 0x206a].some(isBidiControl)).toBe(false);
  });

  it('reads letters of any script as word characters, and digits as digits', () => {
    expect(['a', 'é', 'ក', '😀'.charAt(0)].every((c) => isWordChar(code(c)))).toBe(true);
    expect(['5', ' ', '%', '$'].some((c) => isWordChar(code(c)))).toBe(false);
    expect(charClass(code('0'))).toBe(DIGIT);
  });

  it('classes the first code unit past ASCII as the rest beyond it: a word character', () => {
    expect(charClass(0x7f)).toBe(WORD);
    expect(charClass(0x80)).toBe(WORD);
    expect(isWordChar(0x80)).toBe(true);
  });
});
