import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkOrCode, safeHref } from './safe-url';
import { INJECTION_PAYLOADS, markdownText } from './testing/strings';

describe('safeHref', () => {
  it('links http(s) with the parsed address, and refuses javascript: (the TSDoc examples)', () => {
    expect(safeHref('https://example.org/a report.pdf')).toBe('https://example.org/a%20report.pdf');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
  });

  it('links http, https and mailto, in any case, as the URL parser reads them', () => {
    expect(safeHref('HTTP://Example.ORG')).toBe('http://example.org/');
    expect(safeHref(' https://example.org/x ')).toBe('https://example.org/x');
    expect(safeHref('mailto:desk@example.org')).toBe('mailto:desk@example.org');
    expect(safeHref('https://example.org/a|b')).toBe('https://example.org/a%7Cb');
  });

  it('percent-encodes what the URL parser leaves raw in a mailto address: space, quote, angle brackets, backtick', () => {
    // An opaque path (mailto:, unlike http:) keeps these raw in the parser's href; a property
    // test drew `mailto:<img src=x>`.
    expect(safeHref('mailto:<img src=x>')).toBe('mailto:%3Cimg%20src=x%3E');
    expect(safeHref('mailto:a"b`c@example.org')).toBe('mailto:a%22b%60c@example.org');
    expect(safeHref('mailto:a b@example.org?subject=a b')).toBe(
      'mailto:a%20b@example.org?subject=a%20b',
    );
  });

  it('refuses every other scheme, relative references and what does not parse', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\nscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/',
      '/relative',
      '//example.org/protocol-relative',
      'www.example.org',
      '',
      'http://',
    ]) {
      expect(safeHref(url), url).toBeUndefined();
    }
  });

  it('for every string, a href is given only for http:, https: or mailto:, and has no space, control or pipe', () => {
    fc.assert(
      fc.property(fc.oneof(markdownText(), fc.webUrl()), (url) => {
        const href = safeHref(url);
        if (href === undefined) return;
        expect(['http:', 'https:', 'mailto:']).toContain(new URL(href).protocol);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may remain.
        expect(href).not.toMatch(/[\u0000-\u0020\u007F|]/);
      }),
      // Every known payload first, whatever the random seed draws.
      { examples: INJECTION_PAYLOADS.map((payload) => [payload]) },
    );
  });
});

describe('linkOrCode', () => {
  it('links a safe url and codes any other (the TSDoc examples)', () => {
    expect(linkOrCode('https://example.org/').type).toBe('link');
    expect(linkOrCode('javascript:alert(1)')).toEqual({
      type: 'inlineCode',
      value: 'javascript:alert(1)',
    });
  });

  it('uses the label given, or the address', () => {
    expect(linkOrCode('https://example.org/', [{ type: 'text', value: 'Example' }])).toEqual({
      type: 'link',
      url: 'https://example.org/',
      title: null,
      children: [{ type: 'text', value: 'Example' }],
    });
    expect(linkOrCode('https://example.org')).toMatchObject({
      children: [{ type: 'text', value: 'https://example.org/' }],
    });
  });

  it('shows a refused url on one line, as all data text', () => {
    expect(linkOrCode('java\r\nscript:alert(1)')).toEqual({
      type: 'inlineCode',
      value: 'java script:alert(1)',
    });
  });
});
