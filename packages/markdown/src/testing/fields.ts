/**
 * Test support (not exported): finds the text and url fields of a dossier's JSON, and sets
 * them, so a test can put a chosen string in every one.
 */

export type JsonPath = readonly (string | number)[];

/** Keys whose string values are free text a brief may show. */
const TEXT_KEYS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'name',
  'text',
  'summary',
  'metric',
  'basis',
  'method',
  'wording',
  'rating',
  'locator',
]);

/** Keys whose string values are urls. */
const URL_KEYS: ReadonlySet<string> = new Set(['url', 'archiveUrl']);

function walk(value: unknown, path: JsonPath, keys: ReadonlySet<string>, out: JsonPath[]): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, [...path, i], keys, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'string' && keys.has(key)) out.push([...path, key]);
      else walk(inner, [...path, key], keys, out);
    }
  }
}

/**
 * The paths of every free-text field.
 *
 * @param json - a dossier's JSON
 * @returns the paths, in document order
 */
export function textPaths(json: unknown): JsonPath[] {
  const out: JsonPath[] = [];
  walk(json, [], TEXT_KEYS, out);
  return out;
}

/**
 * The paths of every url field.
 *
 * @param json - a dossier's JSON
 * @returns the paths, in document order
 */
export function urlPaths(json: unknown): JsonPath[] {
  const out: JsonPath[] = [];
  walk(json, [], URL_KEYS, out);
  return out;
}

/**
 * A copy of `json` with each path set to its value.
 *
 * @param json - the JSON
 * @param values - the paths and the values to set
 * @returns the changed copy
 */
export function withValues(
  json: unknown,
  values: readonly (readonly [JsonPath, string])[],
): unknown {
  const copy = structuredClone(json);
  for (const [path, value] of values) {
    let target = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path[path.length - 1] as string | number] = value;
  }
  return copy;
}
