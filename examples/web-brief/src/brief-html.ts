import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

/**
 * The brief's mdast tree as HTML that is safe to put in the page: mdast-util-to-hast drops
 * raw HTML nodes by default, and hast-util-sanitize (GitHub's schema) removes anything left
 * that could run script — event handler attributes, `javascript:` links, unknown elements.
 */
export function briefHtml(tree: Root): string {
  return toHtml(sanitize(toHast(tree)));
}
