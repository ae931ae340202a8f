import { JsonKeySet, keyAt, stringEnd } from './json-key-set';
import type { PlaceNode } from './place-tree';

/** Two equal keys in one object, by the offsets of their opening quotes. */
export interface DuplicateKey {
  readonly key: string;
  readonly first: number;
  readonly second: number;
}

/** What a scan found: the first duplicate key, or that there were too many values. */
export interface ScanResult {
  readonly duplicate?: DuplicateKey;
  /** Set when the text holds more than `maxValues` values; the scan stopped there. */
  readonly tooManyValues?: boolean;
}

/** What a scan looks for. */
export interface ScanOptions {
  /** Stop at the first key an object already has. */
  readonly duplicates?: boolean;
  /** Stop once this many values (objects, arrays and scalars) have been read. */
  readonly maxValues?: number;
  /** Fill in where the source has each node of this tree (see `placeTree`). */
  readonly places?: PlaceNode;
}

/** An open object or array, and the node of the place tree it is, if any. */
interface Frame {
  readonly array: boolean;
  readonly node: PlaceNode | undefined;
  readonly keys: JsonKeySet | undefined;
  index: number;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Reads a JSON text that `JSON.parse` accepted, once, from start to end, without building its
 * value: it finds the first duplicate key and fills in where the source has the nodes of a
 * place tree. Time is linear in the text; memory is the nesting depth, the place tree, and
 * the keys of the objects open at once (see {@link JsonKeySet}). No recursion, so
 * 100,000-deep nesting is read like any other.
 *
 * @param text - a valid JSON text
 * @param options - what to look for
 * Given a text that is not JSON it still ends, in linear time, with some answer; read that
 * answer only for a text `JSON.parse` accepts.
 *
 * @returns the first duplicate key, if asked for and found; whether there are too many values
 * @throws never
 * @example
 * ```ts
 * scanJson('{"a":1,"b":{"a":2},"a":3}', { duplicates: true });
 * // => { duplicate: { key: 'a', first: 1, second: 19 } }
 * scanJson('[1,2,3]', { maxValues: 3 }); // => { tooManyValues: true }
 * ```
 */
export function scanJson(text: string, options: ScanOptions): ScanResult {
  const maxValues = options.maxValues ?? Number.POSITIVE_INFINITY;
  let values = 0;
  const frames: Frame[] = [];
  let next: PlaceNode | undefined = options.places;
  let wantKey = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 0x3a) {
      i += 1;
      continue;
    }
    const frame = frames[frames.length - 1];
    if (c === 0x2c) {
      // A comma: the next key of an object, or the next element of an array.
      if (frame?.array) {
        frame.index += 1;
        next = frame.node?.children.get(frame.index);
      } else wantKey = true;
      i += 1;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      frames.pop();
      wantKey = false;
      i += 1;
      continue;
    }
    if (c === 0x22 && wantKey && frame !== undefined) {
      const end = stringEnd(text, i);
      const duplicateOf = frame.keys?.add(i) ?? -1;
      if (duplicateOf !== -1) {
        return { duplicate: { key: keyAt(text, i), first: duplicateOf, second: i } };
      }
      const parent = frame.node;
      next = parent && parent.children.size > 0 ? parent.children.get(keyAt(text, i)) : undefined;
      if (next && next.key === undefined) next.key = i;
      wantKey = false;
      i = end + 1;
      continue;
    }
    // A value starts here.
    values += 1;
    if (values > maxValues) return { tooManyValues: true };
    if (next && next.value === undefined) next.value = i;
    if (c === 0x7b || c === 0x5b) {
      const array = c === 0x5b;
      const keys = !array && options.duplicates ? new JsonKeySet(text) : undefined;
      frames.push({ array, node: next, keys, index: 0 });
      next = array ? next?.children.get(0) : undefined;
      wantKey = !array;
      i += 1;
    } else if (c === 0x22) {
      i = stringEnd(text, i) + 1;
    } else {
      // A number, true, false or null: up to the next delimiter.
      i += 1;
      for (let d = text.charCodeAt(i); i < n; d = text.charCodeAt(++i)) {
        if (d === 0x2c || d === 0x7d || d === 0x5d || isSpace(d)) break;
      }
    }
  }
  return {};
}
