/**
 * Validation the way a consumer without zod does it: ajv (draft 2020-12) with ajv-formats,
 * against the committed JSON Schema files.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { JsonSchemaName } from '../src/index';

/** A compiled ajv validator for one shipped JSON Schema file. */
export function ajvValidator(name: JsonSchemaName) {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  const file = new URL(`../json-schema/${name}.json`, import.meta.url);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
}
