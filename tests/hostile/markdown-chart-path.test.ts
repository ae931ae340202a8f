/**
 * The Markdown brief's `chart.path` option, attacked with every form the WHATWG URL parser
 * resolves to another host. A path is accepted only when a browser would load it from the
 * page's own host, or when it is an explicit `http(s)://host` URL that shows the host it loads.
 */
import { BriefOptionsError, renderDossier, resolveOptions } from '@reckon/markdown';
import { parseDossier } from '@reckon/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The option name of the error that resolving `path` throws, or 'accepted'. */
function verdict(path: string): string {
  try {
    resolveOptions({ chart: { path } });
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(BriefOptionsError);
    return (error as BriefOptionsError).option;
  }
}

/** Pages a brief may be read from: special schemes (where `\` is `/`) and a non-special one. */
const BASES = [
  'https://reader.example/briefs/2025/cambodia.html',
  'http://reader.example/',
  'file:///home/reader/briefs/cambodia.md',
  'app://reader.example/briefs/cambodia',
];

/** Where a browser loads `path` from, read by the WHATWG URL parser the way it does. */
function loadsFrom(path: string, base: string): string {
  try {
    const url = new URL(path, base);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'nowhere';
  }
}

describe('chart.path: off-host forms a browser follows', () => {
  it('refuses the three reproductions: //evil.com/x.svg, /\\evil.com/x.svg, \\\\evil.com\\x.svg', () => {
    for (const path of ['//evil.com/x.svg', '/\\evil.com/x.svg', '\\\\evil.com\\x.svg']) {
      // The oracle first: a browser does load each of them from evil.com.
      expect(loadsFrom(path, BASES[0] as string), path).toBe('https://evil.com');
      expect(verdict(path), path).toBe('chart.path');
    }
  });

  it('refuses every spelling of a scheme-relative or slash-confused address', () => {
    const paths = [
      '\\/evil.com/x.svg',
      '/\\/evil.com',
      '\\\\\\evil.com',
      '///evil.com/x.svg',
      '//evil.com',
      '//evil.com:443/x.svg',
      '//user@evil.com/x.svg',
      'http:evil.com/x.svg', // same scheme as the page, no slashes: relative in a browser
      'https:\\\\evil.com\\x.svg',
      'https:/\\evil.com/x.svg',
      'https:\\/evil.com/x.svg',
      'HTTPS://\\evil.com',
      'https:///evil.com/x.svg',
      'https:evil.com',
      'https://good.example@evil.com/x.svg', // shows one host, loads another
      'https://good.example:pw@evil.com/x.svg',
      'https://',
      ' //evil.com/x.svg', // leading C0 and space are stripped by the parser
      '\t//evil.com/x.svg',
      '/\t/evil.com/x.svg', // tabs and newlines are removed anywhere
      '/\n/evil.com/x.svg',
      '/\r/evil.com/x.svg',
      '\u0000//evil.com',
      '\u001f//evil.com',
      'javascript://evil.com/%0Aalert(1)',
      'file://evil.com/x.svg',
      'ftp://evil.com/x.svg',
      'ws://evil.com/x.svg',
      'blob:https://evil.com/uuid',
      'data:image/svg+xml,<svg/>',
      'c:\\x.svg',
      'charts\\x.svg', // a backslash anywhere: renderers disagree on it
    ];
    for (const path of paths) expect(verdict(path), JSON.stringify(path)).toBe('chart.path');
  });

  it('accepts paths that stay on the page host, and explicit http(s) URLs', () => {
    const paths = [
      'charts/revenue.svg',
      './charts/revenue.svg',
      '../charts/revenue.svg',
      '/charts/revenue.svg',
      '/charts//revenue.svg',
      '..//evil.com/x.svg', // a path segment named evil.com, on the page host
      '%2F%2Fevil.com/x.svg', // percent-encoded slashes stay in the path
      '%5C%5Cevil.com/x.svg',
      'revenue.svg?v=2&w=1',
      '#chart',
      '?chart=1',
      'evil.com/x.svg', // a folder named evil.com
      'https://example.org/c.svg',
      'HTTP://example.org/c.svg',
    ];
    for (const path of paths) expect(verdict(path), path).toBe('accepted');
  });

  it('says what is wrong and what would be right', () => {
    expect(() =>
      resolveOptions({ chart: { path: '//evil.com/x.svg' } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[BriefOptionsError: brief option "chart.path" must be a relative path on the page's own host or an http(s) URL, without spaces, line breaks or backslashes, such as 'charts/revenue.svg' (not '//host/...'), got "//evil.com/x.svg"]`,
    );
  });

  it('accepts only what a browser loads from the page host or from the host it shows, for any string of URL punctuation', () => {
    const piece = fc.constantFrom(
      '/',
      '\\',
      ':',
      '.',
      '..',
      '%2F',
      '%5C',
      '@',
      '?',
      '#',
      'http',
      'https',
      'evil.com',
      'x.svg',
      '\t',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const path = pieces.join('');
        if (verdict(path) !== 'accepted') return;
        if (/^https?:\/\//i.test(path)) {
          // An explicit URL: the host it loads is the one written after the slashes.
          const url = new URL(path);
          expect(
            path
              .slice(path.indexOf('//') + 2)
              .toLowerCase()
              .startsWith(url.host),
          ).toBe(true);
          return;
        }
        for (const base of BASES) {
          const page = new URL(base);
          expect(loadsFrom(path, base), `${path} on ${base}`).toBe(
            `${page.protocol}//${page.host}`,
          );
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('chart.path in a rendered brief', () => {
  const dossier = parseDossier({ schemaVersion: '0.2' });

  it('embeds an accepted path as written, and renders nothing for a refused one', () => {
    const brief = renderDossier(dossier, { chart: { path: 'charts/revenue.svg', alt: 'Chart' } });
    expect(brief).toContain('![Chart](charts/revenue.svg)');
    expect(() => renderDossier(dossier, { chart: { path: '/\\evil.com/x.svg' } })).toThrow(
      BriefOptionsError,
    );
  });
});
