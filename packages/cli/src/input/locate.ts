import type { PathSegment } from '@reckon/schema';
import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import type { Position } from '../text/position';
import { positions } from '../text/position';

/** Finds where a path points in a source text; `undefined` when it cannot tell. */
export type Locator = (path: readonly PathSegment[], key?: string) => Position | undefined;

const start = (node: unknown): number | undefined => {
  const range = (node as Partial<Node> | null | undefined)?.range;
  return range ? range[0] : undefined;
};

/**
 * Builds a locator for a JSON or YAML text: given a path (`['reports', 0, 'title']`), the
 * line and column of the deepest node along it that the source has. A path into a field that
 * is missing lands on the object that lacks it; `key` lands on that key of the object (for an
 * unknown key). JSON is read with the YAML parser here because JSON is YAML 1.2 and the YAML
 * parser keeps every node's offsets; `JSON.parse` keeps none.
 *
 * @param text - the source the value was parsed from
 * @returns the locator; the text is parsed again on first use only
 * @throws never
 * @example
 * ```ts
 * const locate = locator('{\n  "actors": [\n    { "id": "a" }\n  ]\n}');
 * locate(['actors', 0, 'id']); // => { line: 3, column: 13 }
 * ```
 */
export function locator(text: string): Locator {
  let root: unknown;
  let at: ((offset: number) => Position) | undefined;
  return (path, key) => {
    if (at === undefined) {
      // `uniqueKeys: false`: a duplicate key is not this parse's business, only places are.
      root = parseDocument(text, { uniqueKeys: false, prettyErrors: false }).contents;
      at = positions(text);
    }
    let node: unknown = root;
    let offset = start(node);
    const steps: readonly PathSegment[] = key === undefined ? path : [...path, key];
    for (const [i, segment] of steps.entries()) {
      const wantKey = key !== undefined && i === steps.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
        if (pair === undefined) break;
        offset = start(wantKey ? pair.key : (pair.value ?? pair.key)) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) break;
        offset = start(item) ?? offset;
        node = item;
      } else break;
    }
    return offset === undefined ? undefined : at(offset);
  };
}
