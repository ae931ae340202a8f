import * as z from 'zod';

/** What Reckon records about a schema for JSON Schema generation. */
export interface SchemaMeta {
  /** Name under `$defs` in generated JSON Schema; each shared schema is emitted once. */
  readonly id?: string;
  readonly title?: string;
  readonly description?: string;
  readonly examples?: readonly unknown[];
  /**
   * A rule added to the JSON Schema by hand, for the few rules zod checks in a refinement
   * (which `z.toJSONSchema` drops) that JSON Schema can still state, e.g. "at least one of".
   */
  readonly anyOf?: readonly object[];
  /** A pattern for JSON Schema where zod checks the same rule in code. */
  readonly pattern?: string;
}

/**
 * The registry holding ids and descriptions of Reckon's schemas.
 *
 * Reckon keeps its own registry instead of zod's global one on purpose: zod's global registry
 * lives on `globalThis` and throws when two schemas claim one id, so two copies of this package
 * (or a consumer's own `Estimate`) would collide at import time. Pass it as `metadata` to
 * `z.toJSONSchema` to get the same `$defs` names as the shipped JSON Schema files.
 *
 * @returns the registry (a constant, not a function)
 * @throws never
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { EstimateSchema, schemaRegistry } from '@reckon/schema';
 * const json = z.toJSONSchema(EstimateSchema, { io: 'input', metadata: schemaRegistry });
 * Object.keys(json.$defs ?? {}).includes('RangeJSON'); // => true
 * ```
 */
export const schemaRegistry = z.registry<SchemaMeta>();
