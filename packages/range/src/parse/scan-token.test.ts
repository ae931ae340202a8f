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

  it('ends each word, address and hidden run at the end of the input, not past it', () => {
    expect(scanToken('people', 0)).toMatchObject({ kind: 'word', start: 0, end: 6 });
    expect(scanToken('see www.un.org', 3)).toMatchObject({ kind: 'url', start: 4, end: 14 });
    expect(scanToken('\u202e5 million', 0)).toMatchObject({ kind: 'hidden', start: 0, end: 10 });
  });

  it('lower-cases a word with capitals after its first letter, or a first letter beyond ASCII', () => {
    expect(scanToken('eBay', 0).lower).toBe('ebay');
    expect(scanToken('kHz', 0).lower).toBe('khz');
    expect(scanToken('Éire', 0).lower).toBe('éire');
    expect(scanToken('Ürümqi', 0)).toMatchObject({ text: 'Ürümqi', lower: 'ürümqi' });
  });

  it('opens a web address only at http://, https:// or www.', () => {
    expect(tokens('http://un.org/5 and').map((t) => [t.kind, t.text])).toEqual([
      ['url', 'http://un.org/5'],
      ['word', 'and'],
    ]);
    expect(scanToken('https://un.org', 0).kind).toBe('url');
    expect(scanToken('www.un.org', 0).kind).toBe('url');
    // The word alone, another scheme, and near misses of the scheme's signs are no address.
    expect(tokens('www 5').map((t) => t.kind)).toEqual(['word', 'number']);
    for (const text of ['ftp://un.org', 'http;//un.org', 'http:\\/\\/un.org', 'https:5']) {
      expect(scanToken(text, 0).kind, text).toBe('word');
    }
  });

  it('starts a number at a dot and a digit after a space or a sign, not inside a number or a word', () => {
    expect(tokens('about .5 percent').map((t) => [t.kind, t.text])).toEqual([
      ['word', 'about'],
      ['number', '.5'],
      ['word', 'percent'],
    ]);
    expect(tokens('(.75)').map((t) => t.text)).toEqual(['(', '.75', ')']);
    expect(tokens('3.5.2').map((t) => t.text)).toEqual(['3.5', '.', '2']);
    expect(tokens('U.S.5').map((t) => t.text)).toEqual(['U', '.', 'S', '.', '5']);
  });

  it('hides text under a bidirectional control up to its closing mark or the end of the line', () => {
    const hidden = (input: string, from = 0) => {
      const t = scanToken(input, from);
      return [t.kind, t.text, t.start, t.end];
    };
    // Pop directional formatting (U+202C) closes an override; pop directional isolate
    // (U+2069) an isolate.
    expect(hidden('\u202e5\u202c 7 people')).toEqual(['hidden', '\u202e5\u202c', 0, 3]);
    expect(hidden('\u20675 to 9\u2069 people')).toEqual(['hidden', '\u20675 to 9\u2069', 0, 8]);
    // Without a closing mark, a line feed or a carriage return ends it.
    expect(hidden('\u202e5 people\n7 more')).toEqual(['hidden', '\u202e5 people\n', 0, 10]);
    expect(hidden('\u202e5 people\r\n7 more')).toEqual(['hidden', '\u202e5 people\r', 0, 10]);
    // Where it starts a later line, it begins at its own mark.
    expect(hidden('5 people\n\u2067about 7\u2069', 8)).toEqual([
      'hidden',
      '\u2067about 7\u2069',
      9,
      18,
    ]);
    expect(tokens('\u202e5 people\n7 more').map((t) => t.text)).toEqual([
      '\u202e5 people\n',
      '7',
      'more',
    ]);
  });
});
