import * as z from 'zod';
import { ActorSchema } from './actor';
import { ClaimSchema } from './claim';
import { QuoteSchema } from './common/quote';
import { DossierSchema } from './dossier';
import { EstimateSchema } from './estimate';
import { OfficialResponseSchema } from './official-response';
import { schemaRegistry } from './registry';
import { ReportSchema } from './report';
import { SourceSchema } from './source';
import { SCHEMA_VERSION } from './version';

/**
 * The JSON Schema files shipped in `@reckon/schema/json-schema/<name>.json`.
 *
 * @example
 * ```ts
 * import { JSON_SCHEMA_NAMES } from '@reckon/schema';
 * JSON_SCHEMA_NAMES.includes('official-response'); // => true
 * ```
 */
export const JSON_SCHEMA_NAMES = [
  'dossier',
  'actor',
  'source',
  'report',
  'claim',
  'estimate',
  'official-response',
  'quote',
] as const;

/** A generated JSON Schema document: draft 2020-12 keywords as plain JSON. */
export interface JsonSchemaDocument {
  readonly $schema: string;
  readonly [keyword: string]: unknown;
}

/** The name of a shipped JSON Schema file, e.g. `dossier` or `estimate`. */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

const SCHEMAS: Readonly<Record<JsonSchemaName, z.ZodType>> = {
  dossier: DossierSchema,
  actor: ActorSchema,
  source: SourceSchema,
  report: ReportSchema,
  claim: ClaimSchema,
  estimate: EstimateSchema,
  'official-response': OfficialResponseSchema,
  quote: QuoteSchema,
};

/**
 * The `$id` of a shipped JSON Schema file: where the published package serves it, so a
 * dossier's `"$schema"` can point to it and an editor can fetch it.
 *
 * @param name - `dossier`, or an entity such as `estimate`
 * @returns the URL
 * @throws never
 * @example
 * ```ts
 * import { jsonSchemaId } from '@reckon/schema';
 * jsonSchemaId('dossier'); // => 'https://unpkg.com/@reckon/schema/json-schema/dossier.json'
 * ```
 */
export function jsonSchemaId(name: JsonSchemaName): string {
  return `https://unpkg.com/@reckon/schema/json-schema/${name}.json`;
}

/**
 * Generates the JSON Schema (draft 2020-12) for a dossier or one entity, as shipped in the
 * package, so a project in any language can validate the same documents. Shared parts (Id,
 * PartialDate, RangeJSON…) appear once under `$defs`. It describes documents as written
 * (`io: 'input'`: collections with defaults may be left out). JSON Schema cannot state every
 * rule; the README lists the ones only zod checks (references, unique ids, low ≤ high…).
 *
 * @param name - `dossier`, or an entity such as `estimate`
 * @returns the JSON Schema as a plain object
 * @throws never for the names listed in `JSON_SCHEMA_NAMES`
 * @example
 * ```ts
 * import { generateJsonSchema } from '@reckon/schema';
 * const schema = generateJsonSchema('estimate');
 * schema.$schema; // => 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function generateJsonSchema(name: JsonSchemaName): JsonSchemaDocument {
  const { $schema, ...rest } = z.toJSONSchema(SCHEMAS[name], {
    target: 'draft-2020-12',
    io: 'input',
    metadata: schemaRegistry,
    unrepresentable: 'throw',
  });
  // Spreading keeps only the enumerable JSON keywords (zod adds a hidden `~standard` property).
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: jsonSchemaId(name),
    $comment: `Generated from the zod schemas of @reckon/schema (schemaVersion ${SCHEMA_VERSION}); do not edit by hand.`,
    ...rest,
  };
}
