import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { serializeBrief } from './render';
import { codeUrlLikeRuns, normaliseText, safeText } from './safe-text';
import { allNodes, parseBack, textOf } from './testing/parse-back';
import { INJECTION_PAYLOADS, markdownText } from './testing/strings';

/** Puts phrasing where a brief puts data text: each block kind GFM has, one at a time. */
const CONTEXTS: Record<string, (children: PhrasingContent[]) => RootContent> = {
  paragraph: (children) => ({ type: 'paragraph', children }),
  heading: (children) => ({ type: 'heading', depth: 2, children }),
  emphasis: (children) => ({ type: 'paragraph', children: [{ type: 'emphasis', children }] }),
  strong: (children) => ({
    type: 'paragraph',
    children: [
      { type: 'text', value: 'a ' },
      { type: 'strong', children },
      { type: 'text', value: ' b' },
    ],
  }),
  'table cell': (children) => ({
    type: 'table',
    align: [null, null],
    children: [
      {
        type: 'tableRow',
        children: [
          { type: 'tableCell', children: [{ type: 'text', value: 'h' }] },
          { type: 'tableCell', children: [{ type: 'text', value: 'i' }] },
        ],
      },
      {
        type: 'tableRow',
        children: [
          { type: 'tableCell', children },
          { type: 'tableCell', children: [{ type: 'text', value: 'x' }] },
        ],
      },
    ],
  }),
  'list item': (children) => ({
    type: 'list',
    ordered: true,
    spread: false,
    children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] }],
  }),
  'block quote': (children) => ({
    type: 'blockquote',
    children: [{ type: 'paragraph', children }],
  }),
  'link text': (children) => ({
    type: 'paragraph',
    children: [{ type: 'link', url: 'https://example.org/', title: null, children }],
  }),
};

/** Where the data text ends up after parsing, for each context. */
function dataNode(tree: Root, context: string) {
  const first = tree.children[0];
  if (first === undefined) return undefined;
  if (context === 'table cell' && first.type === 'table') return first.children[1]?.children[0];
  if (context === 'strong' && first.type === 'paragraph') return first.children[1];
  return first;
}

describe('normaliseText', () => {
  it('turns line endings into spaces, trims, and replaces NUL (the TSDoc example)', () => {
    expect(normaliseText('  Touch\r\nSokhak ')).toBe('Touch Sokhak');
    expect(normaliseText('a\rb\nc\r\nd')).toBe('a b c d');
    expect(normaliseText('a\u0000b')).toBe('a\uFFFDb');
  });

  it('keeps inner spaces, tabs, lone surrogates and every other character', () => {
    expect(normaliseText('a  \tb \uD800 [x](y)')).toBe('a  \tb \uD800 [x](y)');
  });

  it('is idempotent: normalising twice changes nothing more', () => {
    fc.assert(
      fc.property(markdownText(), (s) => normaliseText(normaliseText(s)) === normaliseText(s)),
    );
  });
});

describe('safeText', () => {
  it('codes a URL-like run and keeps its punctuation as text (the TSDoc examples)', () => {
    expect(safeText('See www.example.org.')).toEqual([
      { type: 'text', value: 'See ' },
      { type: 'inlineCode', value: 'www.example.org' },
      { type: 'text', value: '.' },
    ]);
    expect(safeText('[click](javascript:alert(1))')).toEqual([
      { type: 'text', value: '[click](javascript:alert(1))' },
    ]);
  });

  it('codes http, https, www (any case) and anything with @, and nothing else', () => {
    expect(safeText('http://a.b HTTPS://c.d WwW.e.f g@h.i plain')).toEqual([
      { type: 'inlineCode', value: 'http://a.b' },
      { type: 'text', value: ' ' },
      { type: 'inlineCode', value: 'HTTPS://c.d' },
      { type: 'text', value: ' ' },
      { type: 'inlineCode', value: 'WwW.e.f' },
      { type: 'text', value: ' ' },
      { type: 'inlineCode', value: 'g@h.i' },
      { type: 'text', value: ' plain' },
    ]);
  });

  it('keeps a closing bracket that belongs to the address, and drops one that does not', () => {
    expect(safeText('(https://en.wikipedia.org/wiki/Foo_(bar))')).toEqual([
      { type: 'text', value: '(' },
      { type: 'inlineCode', value: 'https://en.wikipedia.org/wiki/Foo_(bar)' },
      { type: 'text', value: ')' },
    ]);
  });

  it('splits pipes out of code, since GFM tables cannot keep a backslash before one in code', () => {
    expect(safeText('www.a.b\\|c')).toEqual([
      { type: 'inlineCode', value: 'www.a.b\\' },
      { type: 'text', value: '|' },
      { type: 'inlineCode', value: 'c' },
    ]);
  });

  it('keeps angle brackets in the code, since `<` before a code span can open an e-mail autolink', () => {
    // Written as text, `<` then the code span `` `a@b.co>[` `` reads back as `<`a@b.co>`: an
    // e-mail autolink whose local part starts with the backtick (a property test found this).
    expect(safeText('<a@b.co>[')).toEqual([{ type: 'inlineCode', value: '<a@b.co>[' }]);
    expect(safeText('(<www.a.b>).')).toEqual([
      { type: 'text', value: '(' },
      { type: 'inlineCode', value: '<www.a.b>' },
      { type: 'text', value: ').' },
    ]);
  });

  it('splits runs only at spaces and tabs: the autolink scan runs on through other spaces', () => {
    expect(safeText('x\u00A0www.a.b')).toEqual([{ type: 'inlineCode', value: 'x\u00A0www.a.b' }]);
  });

  it('gives nothing for blank text', () => {
    expect(safeText(' \r\n\t')).toEqual([]);
  });

  it('codeUrlLikeRuns keeps text as given, spaces at the ends included', () => {
    expect(codeUrlLikeRuns(' by a@b.c ')).toEqual([
      { type: 'text', value: ' by ' },
      { type: 'inlineCode', value: 'a@b.c' },
      { type: 'text', value: ' ' },
    ]);
  });

  for (const [name, wrap] of Object.entries(CONTEXTS)) {
    it(`round-trips in a ${name}: for every string s, parsing the output gives normaliseText(s) back and no markup`, () => {
      fc.assert(
        fc.property(
          markdownText().filter((s) => normaliseText(s) !== ''),
          (s) => {
            const markdown = serializeBrief({ type: 'root', children: [wrap(safeText(s))] });
            const tree = parseBack(markdown);
            const expected = wrap(safeText(s));
            expect(tree.children).toHaveLength(1);
            expect(tree.children[0]?.type).toBe(expected.type);
            const node = dataNode(tree, name);
            expect(node && textOf(node)).toBe(normaliseText(s));
            const types = allNodes(tree).map((n) => n.type);
            const allowed = new Set(
              allNodes({ type: 'root', children: [expected] }).map((n) => n.type),
            );
            for (const type of types) expect(allowed.has(type) || type === 'text').toBe(true);
            // A link, image, html or footnote appears only when the context itself made one.
            expect(types.filter((t) => t === 'link').length).toBe(name === 'link text' ? 1 : 0);
            expect(types).not.toContain('image');
            expect(types).not.toContain('html');
            expect(types).not.toContain('footnoteReference');
            if (name === 'table cell') {
              const table = tree.children[0];
              expect(
                table?.type === 'table' && table.children.map((row) => row.children.length),
              ).toEqual([2, 2]);
            }
          },
        ),
        // Every known payload first, in each context, whatever the random seed draws.
        { numRuns: 300, examples: INJECTION_PAYLOADS.map((payload) => [payload]) },
      );
    });
  }
});
