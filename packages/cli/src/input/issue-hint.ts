import type { IssueCode, PathSegment } from '@reckon/schema';

/** The collections of a dossier and the JSON Schema that describes one of their items. */
const ENTITY_OF: Readonly<Record<string, string>> = {
  actors: 'actor',
  sources: 'source',
  reports: 'report',
  findings: 'claim',
  claims: 'claim',
  estimates: 'estimate',
  responses: 'official-response',
  quotes: 'quote',
};

/** Codes about the shape of the document, where the schema itself is the best help. */
const SHAPE: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'invalid_type',
  'invalid_union',
  'invalid_element',
  'invalid_key',
  'unrecognized_keys',
  'too_small',
  'too_big',
]);

/**
 * A hint to print under a validation problem, when its message does not already say what
 * would be right: where to look up the expected shape, or what to do about a reference that
 * does not resolve. Schema messages for ranges, units, dates and ids already say what to
 * write, so they get none.
 *
 * @param code - the issue's code
 * @param path - the issue's path
 * @returns the hint, or `undefined`
 * @throws never
 * @example
 * ```ts
 * issueHint('invalid_type', ['reports', 0, 'estimates', 1, 'range', 'low']);
 * // => 'what an estimate may hold: reckon schema estimate'
 * ```
 */
export function issueHint(code: IssueCode, path: readonly PathSegment[]): string | undefined {
  if (code === 'unknown_reference') {
    return 'add the entity with this id to the dossier, or correct the id to one that exists';
  }
  if (code === 'wrong_reference_kind')
    return 'use the id of an entity of the kind this field needs';
  if (!SHAPE.has(code)) return undefined;
  let entity = 'dossier';
  for (const segment of path) {
    if (typeof segment === 'string' && ENTITY_OF[segment]) entity = ENTITY_OF[segment]!;
  }
  const article = /^[aeiou]/.test(entity) ? 'an' : 'a';
  return `what ${article} ${entity} may hold: reckon schema ${entity}`;
}
