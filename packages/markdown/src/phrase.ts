import type { PhrasingContent } from 'mdast';
import { codeUrlLikeRuns, normaliseText } from './safe-text';

/**
 * Data text, normalised, waiting to be joined into a phrase. A distinct type, so a builder
 * cannot hand raw data to {@link phrase} as if it were the brief's own words.
 */
export interface DataText {
  readonly kind: 'data';
  readonly value: string;
}

/**
 * Marks a string from the data (a name, a title, a quote) for {@link phrase}: it is
 * normalised (one line, trimmed) and will be guarded like all text.
 *
 * @param value - the untrusted string
 * @returns the marked, normalised text
 * @throws never
 */
export function data(value: string): DataText {
  return { kind: 'data', value: normaliseText(value) };
}

/** What a phrase is built from; `undefined` and `false` are skipped, so parts can be optional. */
export type Piece = string | DataText | PhrasingContent | readonly Piece[] | undefined | false;

const isData = (piece: object): piece is DataText => 'kind' in piece && piece.kind === 'data';

/**
 * Joins the brief's own words (plain strings, kept as written), data text and ready nodes
 * into phrasing. Adjacent text is merged first, then every text node is guarded by
 * `codeUrlLikeRuns`, so no join of words and data can leave an autolink trigger in text.
 * Nodes with children (emphasis, links) must have been built with `phrase` themselves.
 *
 * @param pieces - the parts, in order
 * @returns the phrasing nodes
 * @throws never
 * @example
 * ```ts
 * phrase('By ', data('Jacob Sims'), '.'); // => [{ type: 'text', value: 'By Jacob Sims.' }]
 * ```
 */
export function phrase(...pieces: readonly Piece[]): PhrasingContent[] {
  const flat: PhrasingContent[] = [];
  let pending = '';
  const flush = () => {
    if (pending !== '') flat.push(...codeUrlLikeRuns(pending));
    pending = '';
  };
  const add = (node: PhrasingContent) => {
    if (node.type === 'text') pending += node.value;
    else {
      flush();
      flat.push(node);
    }
  };
  const walk = (piece: Piece) => {
    if (piece === undefined || piece === false) return;
    if (typeof piece === 'string') pending += piece;
    else if (Array.isArray(piece)) for (const inner of piece as readonly Piece[]) walk(inner);
    else if (isData(piece as object)) pending += (piece as DataText).value;
    else add(piece as PhrasingContent);
  };
  for (const piece of pieces) walk(piece);
  flush();
  return flat;
}
