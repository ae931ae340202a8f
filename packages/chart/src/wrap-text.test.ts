import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('Scam revenue', 30, 2)).toEqual(['Scam revenue']);
  });

  it('breaks at spaces', () => {
    expect(wrapText('Revenue from scam operations in Cambodia', 20, 2)).toEqual([
      'Revenue from scam',
      'operations in…',
    ]);
    expect(wrapText('one two three', 8, 2)).toEqual(['one two', 'three']);
  });

  it('ends with an ellipsis when text is left over', () => {
    expect(wrapText('aaa bbb ccc ddd', 7, 1)).toEqual(['aaa bb…']);
  });

  it('cuts a single overlong word', () => {
    expect(wrapText('Supercalifragilistic', 10, 2)).toEqual(['Supercali…']);
  });

  it('never splits a surrogate pair', () => {
    expect(wrapText('😀😀😀😀😀', 3, 1)).toEqual(['😀😀…']);
  });

  it('bounds the output: at most maxLines lines of at most maxChars code points', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (text, maxChars, maxLines) => {
          const lines = wrapText(text, maxChars, maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect([...line].length).toBeLessThanOrEqual(maxChars);
        },
      ),
    );
  });

  it('loses no word when the text fits: joining the lines gives the words back', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 6 }), (words) => {
        const lines = wrapText(words.join(' '), 20, 10);
        expect(lines.join(' ')).toBe(words.join(' '));
      }),
    );
  });
});
