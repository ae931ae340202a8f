import type { PathSegment } from '@reckon/schema';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*/;
const INDEX = /^\[(\d+)\]/;
const QUOTED = /^\[("(?:[^"\\]|\\.)*")\]/;

/**
 * Reads back a path written by `formatPath` of @reckon/schema (`reports[0].estimates[2].range`,
 * `actors[0]["odd key"]`) into its keys and indexes, to find the place it names in the source.
 *
 * @param text - the path; the empty string is the document itself
 * @returns the segments, or `undefined` when the text is not such a path
 * @throws never
 * @example
 * ```ts
 * parsePath('reports[0].estimates[2].range'); // => ['reports', 0, 'estimates', 2, 'range']
 * parsePath(''); // => []
 * ```
 */
export function parsePath(text: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  let rest = text;
  let first = true;
  while (rest !== '') {
    const index = INDEX.exec(rest);
    const quoted = index ? null : QUOTED.exec(rest);
    if (index) {
      segments.push(Number(index[1]));
      rest = rest.slice(index[0].length);
    } else if (quoted) {
      segments.push(JSON.parse(quoted[1]!) as string);
      rest = rest.slice(quoted[0].length);
    } else {
      if (!first) {
        if (!rest.startsWith('.')) return undefined;
        rest = rest.slice(1);
      }
      const name = IDENTIFIER.exec(rest);
      if (!name) return undefined;
      segments.push(name[0]);
      rest = rest.slice(name[0].length);
    }
    first = false;
  }
  return segments;
}
