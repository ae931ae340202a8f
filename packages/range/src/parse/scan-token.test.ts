import { describe, expect, it } from 'vitest';
import { scanToken } from './scan-token';
import type { Token } from './token';

function tokens(input: string): Pick<Token, 'kind' | 'text' | 'start' | 'spaceBefore'>[] {
  const out: Pick<Token, 'kind' | 'text' | 'start' | 'spaceBefore'>[] = [];
  for (let pos = 0; ; ) {
    const t = scanToken(input, pos);
    if (t.kind === 'end') return out;
    out.push({ kind: t.kind, text: t.text, start: t.start, spaceBefore: t.spaceBefore });
    pos = t.end;
  }
}

describe('scanToken', () => {
  it('splits numbers, words and signs, with offsets and spacing', () => {
    expect(tokens('$12.5B–$19B/yr')).toEqual([
      { kind: 'symbol', text: '$', start: 0, spaceBefore: true },
      { kind: 'number', text: '12.5', start: 1, spaceBefore: false },
      { kind: 'word', text: 'B', start: 5, spaceBefore: false },
      { kind: 'symbol', text: '–', start: 6, spaceBefore: false },
      { kind: 'symbol', text: '$', start: 7, spaceBefore: false },
      { kind: 'number', text: '19', start: 8, spaceBefore: false },
      { kind: 'word', text: 'B', start: 10, spaceBefore: false },
      { kind: 'symbol', text: '/', start: 11, spaceBefore: false },
      { kind: 'word', text: 'yr', start: 12, spaceBefore: false },
    ]);
  });

  /** A number token's text, digits, significant figures, and whether grouped or malformed. */
  const number = (input: string) => {
    const t = scanToken(input, 0);
    return [t.text, t.digits, t.sigFigs, t.grouped, t.malformed];
  };

  it('reads thousands groups only as comma and exactly three digits', () => {
    expect(number('350,000 people')).toEqual(['350,000', '350000', 2, true, false]);
    expect(number('1,234,567.50')).toEqual(['1,234,567.50', '1234567.50', 9, true, false]);
    expect(number('.5')).toEqual(['.5', '.5', 1, false, false]);
  });

  it('takes any other digits right after a comma into one malformed number', () => {
    expect(number('1,2,3')).toEqual(['1,2,3', '123', 3, false, true]);
    expect(number('1234,567')).toEqual(['1234,567', '1234567', 7, false, true]);
    expect(scanToken('1,0000', 0)).toMatchObject({ text: '1,0000', malformed: true });
    expect(number('3,5%')).toEqual(['3,5', '35', 2, false, true]);
    // A year before the comma, and a comma with a space after it, end the number.
    expect(number('1900,1,100')).toEqual(['1900', '1900', 2, false, false]);
    expect(number('5, 10')).toEqual(['5', '5', 1, false, false]);
    expect(number('5,')).toEqual(['5', '5', 1, false, false]);
  });

  it('treats no-break and thin spaces as spaces, and any other script as words', () => {
    expect(tokens('KHR\u00a040,000 中文😀').map((t) => [t.kind, t.text, t.spaceBefore])).toEqual([
      ['word', 'KHR', true],
      ['number', '40,000', true],
      ['word', '中文😀', true],
    ]);
  });

  it('keeps a run of one sign as one token, and a web address as one token', () => {
    expect(tokens(',,,, -- see https://x.org/a?b=30%25 ok').map((t) => t.text)).toEqual([
      ',,,,',
      '--',
      'see',
      'https://x.org/a?b=30%25',
      'ok',
    ]);
  });

  it('reads a lone surrogate as a word, not an error', () => {
    expect(tokens('\ud800 5').map((t) => t.kind)).toEqual(['word', 'number']);
  });
});
