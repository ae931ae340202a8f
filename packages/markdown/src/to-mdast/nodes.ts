/**
 * Small constructors for the mdast nodes a brief is made of, so builders read as the document
 * they make. Lists are tight (`spread: false`): mdast-util-to-markdown still puts a blank line
 * wherever one is needed for the list to read back the same.
 */
import type {
  BlockContent,
  Blockquote,
  Emphasis,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Strong,
} from 'mdast';
import type { BriefContext } from '../context';

/** Heading levels below the brief's title: 0 the title, 1 a section, 2 a part of one. */
export type HeadingLevel = 0 | 1 | 2;

/**
 * A heading at a level of the brief, shifted by the `headingDepth` option.
 *
 * @param context - the build's context
 * @param level - 0 for the title, 1 for a section, 2 for a part of a section
 * @param children - the heading's text
 * @returns the heading
 * @throws never
 */
export function heading(
  context: BriefContext,
  level: HeadingLevel,
  children: PhrasingContent[],
): Heading {
  const depth = (context.options.headingDepth + level) as Heading['depth'];
  return { type: 'heading', depth, children };
}

/**
 * @param children - the paragraph's phrasing
 * @returns a paragraph
 */
export function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/**
 * @param children - the emphasised phrasing
 * @returns an emphasis node
 */
export function emphasis(children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', children };
}

/**
 * @param children - the strong phrasing
 * @returns a strong node
 */
export function strong(children: PhrasingContent[]): Strong {
  return { type: 'strong', children };
}

/**
 * @param children - the quoted blocks
 * @returns a block quote
 */
export function blockquote(children: BlockContent[]): Blockquote {
  return { type: 'blockquote', children };
}

/**
 * @param items - the items, each a list of blocks
 * @param ordered - numbered (true) or bulleted
 * @returns a tight list
 */
export function list(items: readonly BlockContent[][], ordered = false): List {
  return {
    type: 'list',
    ordered,
    start: ordered ? 1 : null,
    spread: false,
    children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children })),
  };
}
