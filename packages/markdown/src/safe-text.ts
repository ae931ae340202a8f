import type { InlineCode, PhrasingContent, Text } from 'mdast';

/**
 * Untrusted text (a name, a quote, a title, a url shown as text) becomes mdast phrasing here,
 * and only here. Two mechanisms keep it from ever becoming markup:
 *
 * 1. **Escaping**, done by `mdast-util-to-markdown`: every character of a `text` node that
 *    could start a construct where it stands (`[`, `<`, `*`, `#` at a line start, `|` in a table
 *    cell, `&` before a name…) is written as a backslash escape or a character reference, so
 *    the parser reads it back as the same text.
 * 2. **Inline code for URL-like runs**, done here, because escaping cannot stop GFM's autolink
 *    literals: a GFM reader first decodes the text (escapes and references included) and then
 *    scans it for `www.`, `http://`, `https://` and e-mail addresses, turning them into links
 *    whatever backslashes were written (`mdast-util-gfm-autolink-literal` does this in a tree
 *    transform over `text` nodes; `link` and code are skipped). So a whitespace-delimited run
 *    that contains `http://`, `https://`, `www.` (any case) or `@` is emitted as `inlineCode`,
 *    which that scan skips and which cannot hold markup. Punctuation around the run (brackets
 *    other than `<` and `>`, quotes, a closing full stop) stays text, and a `|` inside it is
 *    split out as text, because GFM tables give a backslash before a pipe inside code no
 *    faithful encoding.
 *
 * Runs are split only at spaces and tabs (after line endings are gone, see
 * {@link normaliseText}), because the autolink scan itself runs on through any other
 * character. Text never contains an autolink trigger outside inline code, so no sequence of
 * text and code nodes can form a link, whatever precedes or follows it.
 *
 * The choice of inline code over, say, breaking the run with a zero-width character: code
 * keeps the reader's text exactly (copying it gives the real address), shows plainly that the
 * address was not linked, and round-trips through every GFM parser.
 */

/** A run of text between spaces and tabs. */
const RUN = /[^\t ]+/g;
/** What GFM's autolink literal scan starts from: a protocol, `www.`, or an e-mail's `@`. */
const AUTOLINK_TRIGGER = /https?:\/\/|www\.|@/i;
/**
 * Punctuation that may open a run and stay outside the code: `(www.example.org)`. Not `<`:
 * written as text just before a code span, `<` opens an e-mail autolink whose local part starts
 * with the span's backtick (`<a@b.co>[` would read back as `<`a@b.co>`, a link), so an angle
 * bracket stays inside the code, and so, to match it, does `>`.
 */
const LEADING = /^[([{"'“‘«]+/;
/** Punctuation that may close a run and stay outside the code: `www.example.org).` */
const TRAILING = /[)\]}"'”’».,;:!?]+$/;
const LINE_ENDING = /\r\n|\r|\n/g;

/**
 * The one normalisation untrusted text goes through: a brief writes each field on one line, so
 * every line ending (`\r\n`, `\r`, `\n`) becomes a space; leading and trailing whitespace is
 * trimmed (a table cell or a paragraph would drop it anyway); and U+0000 becomes U+FFFD, as
 * every CommonMark parser does. Nothing else changes: inner spaces, tabs, punctuation, lone
 * surrogates and every other character are kept.
 *
 * @param value - the untrusted text
 * @returns the text as the brief will show it
 * @throws never
 * @example
 * ```ts
 * import { normaliseText } from '@reckon/markdown';
 * normaliseText('  Touch\r\nSokhak '); // => 'Touch Sokhak'
 * ```
 */
export function normaliseText(value: string): string {
  return value.replace(/\0/g, '\uFFFD').replace(LINE_ENDING, ' ').trim();
}

function text(value: string): Text {
  return { type: 'text', value };
}

function code(value: string): InlineCode {
  return { type: 'inlineCode', value };
}

/** Splits a URL-like run into code, keeping its pipes (and surrounding punctuation) as text. */
function urlLike(run: string, out: PhrasingContent[]): void {
  const lead = LEADING.exec(run)?.[0] ?? '';
  let core = run.slice(lead.length);
  let trail = TRAILING.exec(core)?.[0] ?? '';
  // Keep a closing bracket that closes one opened inside the address: `wiki/Foo_(bar)`.
  while (trail.startsWith(')') && count(core, '(') > count(core.slice(0, -trail.length), ')')) {
    trail = trail.slice(1);
  }
  core = core.slice(0, core.length - trail.length);
  if (core === '') {
    // Only punctuation and no trigger can remain here, but keep the rule simple: all code.
    out.push(code(run));
    return;
  }
  if (lead !== '') out.push(text(lead));
  core.split('|').forEach((piece, index) => {
    if (index > 0) out.push(text('|'));
    if (piece !== '') out.push(code(piece));
  });
  if (trail !== '') out.push(text(trail));
}

function count(value: string, character: string): number {
  let n = 0;
  for (const c of value) if (c === character) n++;
  return n;
}

/** Joins adjacent text nodes, so the tree has the shape a parser would give back. */
function merge(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = text(last.value + node.value);
    } else {
      out.push(node);
    }
  }
  return out;
}

/**
 * Codes the URL-like runs of text that is already normalised (or written by the brief itself),
 * leaving everything else as `text`. Used on every text node a brief builds, so text made by
 * joining words never hides a trigger either.
 *
 * @param value - the text, kept as is
 * @returns `text` and `inlineCode` nodes whose text, read back, equals `value`
 * @throws never
 */
export function codeUrlLikeRuns(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let start = 0;
  for (const match of value.matchAll(RUN)) {
    const run = match[0];
    if (!AUTOLINK_TRIGGER.test(run)) continue;
    if (match.index > start) out.push(text(value.slice(start, match.index)));
    urlLike(run, out);
    start = match.index + run.length;
  }
  if (start < value.length) out.push(text(value.slice(start)));
  return merge(out);
}

/**
 * Turns untrusted text into mdast phrasing that serialises to exactly that text and never to
 * markup: `text` nodes, with URL-like runs (`http://…`, `www.…`, anything with `@`) as
 * `inlineCode` so no GFM reader can autolink them. The text is first normalised by
 * {@link normaliseText}; an empty result gives an empty array.
 *
 * @param value - the untrusted text
 * @returns `text` and `inlineCode` nodes whose text, read back, equals `normaliseText(value)`
 * @throws never
 * @example
 * ```ts
 * import { safeText } from '@reckon/markdown';
 * safeText('See www.example.org.');
 * // => [{ type: 'text', value: 'See ' }, { type: 'inlineCode', value: 'www.example.org' }, { type: 'text', value: '.' }]
 * safeText('[click](javascript:alert(1))'); // => [{ type: 'text', value: '[click](javascript:alert(1))' }]
 * ```
 */
export function safeText(value: string): PhrasingContent[] {
  return codeUrlLikeRuns(normaliseText(value));
}
