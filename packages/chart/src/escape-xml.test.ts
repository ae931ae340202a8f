import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
  });

  it('replaces characters XML forbids, and lone surrogates, with U+FFFD', () => {
    expect(escapeXml('a\u0000b\u001Fc')).toBe('a\uFFFDb\uFFFDc');
    expect(escapeXml('x\uD800y')).toBe('x\uFFFDy');
    expect(escapeXml('x\uDC00y')).toBe('x\uFFFDy');
  });

  it('keeps tabs, newlines and whole surrogate pairs', () => {
    expect(escapeXml('a\tb\nc\rd 😀')).toBe('a\tb\nc\rd 😀');
  });
});
