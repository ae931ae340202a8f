import type { JsonSchemaDocument } from './json-schema';

/**
 * The exact text of a shipped JSON Schema file: two-space JSON and a final newline. Shared by
 * the generator script and the test that checks the committed files, so both agree byte for
 * byte.
 *
 * @param schema - a generated JSON Schema
 * @returns the file's text
 */
export function serializeJsonSchema(schema: JsonSchemaDocument): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
