import type { JsonLdNode, JsonLdValue } from './types';

/**
 * The blank-node id of a dossier entity. Dossier ids are unique across the dossier, so they
 * serve directly; blank nodes keep the graph self-contained (no base IRI is invented).
 */
export const nodeId = (id: string): string => `_:${id}`;

/** A reference to another node of the graph. */
export const ref = (id: string): JsonLdNode => ({ '@id': nodeId(id) });

/**
 * A schema.org Date from a partial date: `2025`, `2025-05` and `2025-05-20` are valid ISO 8601
 * at reduced precision; a day of unknown year (`XXXX-05-20`) has no ISO 8601 form and is left out.
 */
export function schemaOrgDate(date: string | undefined): string | undefined {
  return date === undefined || date.startsWith('XXXX') ? undefined : date;
}

/** A node without the properties that have no value, and lists collapsed when empty. */
export function node(properties: Record<string, JsonLdValue | undefined>): JsonLdNode {
  const out: Record<string, JsonLdValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      out[key] = value.length === 1 ? (value[0] as JsonLdValue) : value;
    } else out[key] = value;
  }
  return out;
}
