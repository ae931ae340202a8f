import type { InlineCode, Link, PhrasingContent } from 'mdast';
import { normaliseText } from './safe-text';

/** The only schemes a brief links: web pages and e-mail. */
const LINKED_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
/**
 * What a linked href must not hold raw: the printable characters of the URL standard's fragment
 * percent-encode set, which the parser already encodes in an http address but leaves raw in a
 * mailto one, and `|`, which would end a table cell.
 */
const RAW_IN_HREF = /[ "<>`|]/g;

/**
 * The address a brief may link for a url from the data, or undefined when it must not be
 * linked. Only absolute `http:`, `https:` and `mailto:` URLs are linked; `javascript:`,
 * `data:`, `vbscript:`, `file:`, relative references and anything `URL` cannot parse are not.
 * The check is made on what a browser would follow: the WHATWG URL parser's reading (which
 * drops tabs and line breaks, so `java\nscript:` is still `javascript:`). The address returned
 * is that parser's `href`, with space, `"`, `<`, `>`, backtick and `|` also percent-encoded:
 * the parser leaves the first five raw in a `mailto:` address (an opaque path, unlike an http
 * path), and `|` would end a table cell.
 *
 * @param url - the url as the data gives it
 * @returns the href to link, or undefined
 * @throws never
 * @example
 * ```ts
 * import { safeHref } from '@reckon/markdown';
 * safeHref('https://example.org/a report.pdf'); // => 'https://example.org/a%20report.pdf'
 * safeHref('javascript:alert(1)'); // => undefined
 * ```
 */
export function safeHref(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!LINKED_SCHEMES.has(parsed.protocol)) return undefined;
  return parsed.href.replace(RAW_IN_HREF, encodeURIComponent);
}

/**
 * A link to `url` with the given text, or, when the url may not be linked (see
 * {@link safeHref}), the url shown as inline code: readers see the address but cannot follow
 * it by accident, and a `javascript:` url is never a link.
 *
 * @param url - the url as the data gives it
 * @param label - the link's text; default the address itself
 * @returns a `link` node, or an `inlineCode` node showing the url
 * @throws never
 * @example
 * ```ts
 * import { linkOrCode } from '@reckon/markdown';
 * linkOrCode('https://example.org/').type; // => 'link'
 * linkOrCode('javascript:alert(1)'); // => { type: 'inlineCode', value: 'javascript:alert(1)' }
 * ```
 */
export function linkOrCode(url: string, label?: readonly PhrasingContent[]): Link | InlineCode {
  const href = safeHref(url);
  if (href === undefined) {
    // Code cannot be empty and keeps no line ending: normalise as for any text.
    return { type: 'inlineCode', value: normaliseText(url) || ' ' };
  }
  return {
    type: 'link',
    url: href,
    title: null,
    children: label === undefined ? [{ type: 'text', value: href }] : [...label],
  };
}
