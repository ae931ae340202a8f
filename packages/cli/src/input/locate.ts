import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { type Position, positionsOf } from '../text/position';
import { type PlaceRequest, placeOffset, placeTree } from './place-tree';
import { scanJson } from './scan-json';

/**
 * Finds where paths point in a source text, all at once: for each, the line and column, or
 * `undefined` when it cannot tell.
 */
export type Placer = (requests: readonly PlaceRequest[]) => (Position | undefined)[];

/**
 * Builds a placer for a JSON text: one pass of {@link scanJson} over the text fills in a tree
 * of the paths asked for, and one more sweep turns offsets into lines and columns. Time is
 * linear in the text, and memory is that of the paths, not of the document (the YAML parser
 * used here before kept about 500 bytes for every value, so a 16 MB array of zeros took
 * gigabytes).
 *
 * @param text - the JSON text the value was parsed from
 * @returns the placer; it reads the text only when called
 * @throws never
 * @example
 * ```ts
 * const place = jsonPlacer('{\n  "actors": [\n    { "id": "a" }\n  ]\n}');
 * place([{ path: ['actors', 0, 'id'] }, { path: ['actors', 0], key: 'id' }]);
 * // => [{ line: 3, column: 13 }, { line: 3, column: 7 }]
 * ```
 */
export function jsonPlacer(text: string): Placer {
  return (requests) => {
    const root = placeTree(requests);
    scanJson(text, { places: root });
    return positionsOf(
      text,
      requests.map((request) => placeOffset(root, request)),
    );
  };
}

const start = (node: unknown): number | undefined => {
  const range = (node as Partial<Node> | null | undefined)?.range;
  return range ? range[0] : undefined;
};

/**
 * Builds a placer for a YAML document already parsed (with offsets, as `parseDocument`
 * keeps them): the deepest node along each path the source has; a missing field lands on the
 * object that lacks it, and a key asked for lands on the key itself.
 *
 * @param text - the YAML text
 * @param root - the document's contents, from `parseDocument(text).contents`
 * @returns the placer
 * @throws never
 * @example
 * ```ts
 * const text = 'schemaVersion: "0.1"\nactors:\n  - id: a\n    kind: persn\n';
 * yamlPlacer(text, parseDocument(text).contents)([{ path: ['actors', 0, 'kind'] }]);
 * // => [{ line: 4, column: 11 }]
 * ```
 */
export function yamlPlacer(text: string, root: unknown): Placer {
  return (requests) =>
    positionsOf(
      text,
      requests.map(({ path, key }) => {
        let node: unknown = root;
        let offset = start(node);
        const steps = key === undefined ? path : [...path, key];
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
        return offset;
      }),
    );
}
