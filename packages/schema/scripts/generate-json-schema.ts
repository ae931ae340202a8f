/**
 * Writes `json-schema/<name>.json` for the dossier and each entity from the zod schemas. Run
 * after changing a schema: `npx tsx scripts/generate-json-schema.ts`. The files are committed
 * and shipped; `src/json-schema.test.ts` fails while they are out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureSourceCondition } from './source-condition';

ensureSourceCondition(fileURLToPath(import.meta.url));

// Imported only now, so they resolve @reckon/range to its source.
const { generateJsonSchema, JSON_SCHEMA_NAMES } = await import('../src/json-schema');
const { serializeJsonSchema } = await import('../src/json-schema-file');

for (const name of JSON_SCHEMA_NAMES) {
  const file = fileURLToPath(new URL(`../json-schema/${name}.json`, import.meta.url));
  writeFileSync(file, serializeJsonSchema(generateJsonSchema(name)));
  console.log(`wrote json-schema/${name}.json`);
}
