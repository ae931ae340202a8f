/**
 * Test support (not exported): reads a brief back the way a GFM reader does, and walks the
 * tree. Parsing uses the same libraries a remark/GitHub-style pipeline uses, so what these
 * helpers see is what a reader's renderer would build.
 */

import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * Parses Markdown with GFM (tables, footnotes, strikethrough, autolink literals).
 *
 * @param markdown - the text
 * @returns the mdast tree
 */
export function parseBack(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/**
 * The text of a node, as `mdast-util-to-string` gives it: a literal's value, an image's alt,
 * or the text of the children, joined.
 *
 * @param node - any mdast node
 * @returns its text
 */
export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/**
 * Every node of a tree, depth first.
 *
 * @param node - the root
 * @returns the nodes, the root first
 */
export function allNodes(node: Nodes): Nodes[] {
  const out: Nodes[] = [node];
  if ('children' in node)
    for (const child of node.children as Nodes[]) out.push(...allNodes(child));
  return out;
}

/**
 * How many nodes of each type a tree has.
 *
 * @param node - the root
 * @returns counts by type
 */
export function countTypes(node: Nodes): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const n of allNodes(node)) counts[n.type] = (counts[n.type] ?? 0) + 1;
  return counts;
}

/** A tree's shape: nodes with their types and attributes; each run of text and inline code as one text. */
export type Shape =
  | {
      readonly kind: 'node';
      readonly type: string;
      readonly attributes: string;
      readonly children: Shape[];
    }
  | { readonly kind: 'text'; readonly text: string };

const ATTRIBUTES = ['depth', 'ordered', 'start', 'url', 'identifier', 'label', 'align'] as const;

/**
 * The shape of a tree: what a reader sees as structure (every node type, heading depths, link
 * urls, footnote labels, table alignment), with each run of adjacent `text` and `inlineCode`
 * nodes collapsed into one `text` entry holding their joined text (an image's alt is one too). Two renderings of data that
 * differ only in text have the same shape, except for the text of those runs.
 *
 * @param node - the root
 * @returns the shape
 */
export function shapeOf(node: Nodes): Shape {
  const record = node as unknown as Record<string, unknown>;
  const attributes = ATTRIBUTES.filter((key) => record[key] !== undefined && record[key] !== null)
    .map((key) => `${key}=${JSON.stringify(record[key])}`)
    .join(' ');
  const children: Shape[] = [];
  if ('children' in node) {
    let run: string | undefined;
    for (const child of node.children as Nodes[]) {
      if (child.type === 'text' || child.type === 'inlineCode') {
        run = (run ?? '') + child.value;
        continue;
      }
      if (run !== undefined) children.push({ kind: 'text', text: run });
      run = undefined;
      children.push(shapeOf(child));
    }
    if (run !== undefined) children.push({ kind: 'text', text: run });
  }
  // An image's alt is text too: compare it as a run.
  if (node.type === 'image') children.push({ kind: 'text', text: node.alt ?? '' });
  return { kind: 'node', type: node.type, attributes, children };
}
