import type { PathSegment } from '@reckon/schema';

/** A path asked for: where a validation issue points, and for an unknown key, the key. */
export interface PlaceRequest {
  readonly path: readonly PathSegment[];
  readonly key?: string;
}

/**
 * One node of the tree of the paths asked for, and where the source has it: the offset of its
 * value and, in an object, of its key. Only the paths asked for are kept, so placing issues
 * costs memory for the issues, not for the document.
 */
export interface PlaceNode {
  /** Children by key (in an object) or by index (in an array). */
  readonly children: Map<string | number, PlaceNode>;
  value?: number;
  key?: number;
}

const newNode = (): PlaceNode => ({ children: new Map() });

/**
 * The tree of every prefix of the paths asked for (with the key as a last step).
 *
 * @param requests - the paths
 * @returns the root, the document itself
 * @throws never
 * @example
 * ```ts
 * placeTree([{ path: ['actors', 0] }]).children.get('actors')?.children.has(0); // => true
 * ```
 */
export function placeTree(requests: readonly PlaceRequest[]): PlaceNode {
  const root = newNode();
  for (const { path, key } of requests) {
    let node = root;
    for (const segment of key === undefined ? path : [...path, key]) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = newNode();
        node.children.set(segment, child);
      }
      node = child;
    }
  }
  return root;
}

/**
 * Where a request lands once the tree is filled in: the deepest node along its path that the
 * source has (a missing field lands on the object that lacks it), or the key itself when one
 * is asked for.
 *
 * @param root - the filled-in tree
 * @param request - a path that was in the tree when it was filled in
 * @returns an offset in the source, or `undefined` when not even the document was found
 * @throws never
 * @example
 * ```ts
 * const root = placeTree([{ path: ['a', 'b'] }]);
 * root.value = 0;
 * root.children.get('a')!.value = 6;
 * placeOffset(root, { path: ['a', 'b'] }); // => 6
 * ```
 */
export function placeOffset(root: PlaceNode, request: PlaceRequest): number | undefined {
  let offset = root.value;
  let node: PlaceNode | undefined = root;
  const steps = request.key === undefined ? request.path : [...request.path, request.key];
  for (const [i, segment] of steps.entries()) {
    node = node.children.get(segment);
    if (node === undefined || (node.value === undefined && node.key === undefined)) break;
    const wantKey = request.key !== undefined && i === steps.length - 1;
    offset = (wantKey ? node.key : (node.value ?? node.key)) ?? offset;
  }
  return offset;
}
