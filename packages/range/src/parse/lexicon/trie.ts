import { scanToken } from '../scan-token';
import type { Token } from '../token';
import type { TokenStream } from '../token-stream';

/**
 * A word-sequence trie: multi-word entries ("more than", "in excess of", "u.s. $") keyed by
 * the same tokens the scanner produces, so a lookup walks the stream once and never
 * looks further ahead than the longest entry.
 */
export interface Trie<T> {
  readonly next: Map<string, Trie<T>>;
  value?: T;
  /** The entry's tokens must touch (no space between): `A$`, `5bn`. */
  tight?: boolean;
}

/** One entry: its text (split into tokens as the scanner would) and what it means. */
export type TrieEntry<T> = readonly [
  text: string,
  value: T,
  options?: { readonly tight?: boolean },
];

/**
 * Builds a trie from entries. Later entries with the same text replace earlier ones.
 *
 * @param entries - `[text, value, { tight }]`
 * @returns the root node
 */
export function buildTrie<T>(entries: readonly TrieEntry<T>[]): Trie<T> {
  const root: Trie<T> = { next: new Map() };
  for (const [text, value, options] of entries) {
    let node = root;
    let pos = 0;
    for (;;) {
      const token = scanToken(text, pos);
      if (token.kind === 'end') break;
      pos = token.end;
      let child = node.next.get(token.lower);
      if (!child) {
        child = { next: new Map() };
        node.next.set(token.lower, child);
      }
      node = child;
    }
    node.value = value;
    if (options?.tight) node.tight = true;
  }
  return root;
}

/** A match: the value and how many tokens it spans. */
export interface TrieMatch<T> {
  readonly value: T;
  readonly length: number;
}

/**
 * The longest entry that starts at token `i`.
 *
 * @param stream - the tokens
 * @param i - absolute index of the first token
 * @param trie - the entries
 * @returns the longest match, or undefined
 */
export function matchLongest<T>(
  stream: TokenStream,
  i: number,
  trie: Trie<T>,
): TrieMatch<T> | undefined {
  // Most lookups fail on the first token: one map lookup, and no loop is entered.
  const first = stream.at(i);
  let node: Trie<T> | undefined = trie.next.get(first.lower);
  if (node === undefined || !mayBeInEntry(first)) return undefined;
  let best: TrieMatch<T> | undefined =
    node.value === undefined ? undefined : { value: node.value, length: 1 };
  let touching = true;
  for (let k = 1; node; k++) {
    const token = stream.at(i + k);
    if (!mayBeInEntry(token)) break;
    if (token.spaceBefore) touching = false;
    node = node.next.get(token.lower);
    if (node?.value !== undefined && (!node.tight || touching)) {
      best = { value: node.value, length: k + 1 };
    }
  }
  return best;
}

/** A web address or hidden text is one opaque token, and the end token is no text. */
function mayBeInEntry(token: Token): boolean {
  return token.kind !== 'end' && token.kind !== 'url' && token.kind !== 'hidden';
}
