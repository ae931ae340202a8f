import type { PathSegment } from './types';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path the way a reader would in JavaScript: `reports[0].estimates[2].range`. A key
 * that is not an identifier is quoted (`["odd key"]`); the document itself is the empty string.
 *
 * @param path - keys and indexes from the document's top
 * @returns the path as text
 * @throws never
 * @example
 * ```ts
 * import { formatPath } from '@reckon/schema';
 * formatPath(['reports', 0, 'estimates', 2, 'range']); // => 'reports[0].estimates[2].range'
 * formatPath([]); // => ''
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path as readonly (PathSegment | symbol)[]) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else out += `[${JSON.stringify(String(segment).slice(0, 60))}]`;
  }
  return out;
}
