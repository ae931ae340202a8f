// Validates Reckon documents with ajv and the JSON Schema files @reckon/schema ships, as a
// project that does not use zod or TypeScript would. Plain JavaScript, no build step.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * The JSON Schema of a dossier or of one entity, read from the file @reckon/schema ships.
 * `import.meta.resolve` finds it through the package's `exports`, wherever npm installed it.
 *
 * @param {string} name - `dossier`, or an entity such as `estimate`
 * @returns {object} the schema
 */
export function loadSchema(name) {
  const url = import.meta.resolve(`@reckon/schema/json-schema/${name}.json`);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
}

/**
 * Compiles a validator for a dossier (or an entity).
 *
 * The schemas use draft 2020-12, hence `ajv/dist/2020.js`; `ajv-formats` checks formats such
 * as `uri`. `allErrors` reports every problem, not only the first. Some rules cannot be said
 * in JSON Schema (that every id is unique, that references resolve, that low <= high): those
 * only `@reckon/schema` (or `reckon validate`) checks.
 *
 * @param {string} [name] - default `dossier`
 * @returns {(document: unknown) => { valid: boolean, errors: { path: string, message: string }[] }}
 */
export function createValidator(name = 'dossier') {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(loadSchema(name));
  return (document) => {
    if (validate(document)) return { valid: true, errors: [] };
    const errors = (validate.errors ?? []).map((error) => ({
      // A JSON Pointer such as /reports/0/estimates/0/range/low; the document itself is "/".
      path: error.instancePath || '/',
      message: describe(error),
    }));
    return { valid: false, errors };
  };
}

/** An ajv error in words, with the detail ajv keeps in `params`. */
function describe(error) {
  if (error.keyword === 'additionalProperties') {
    return `has an unknown property "${error.params.additionalProperty}"`;
  }
  if (error.keyword === 'type') return `must be ${[error.params.type].flat().join(' or ')}`;
  if (error.keyword === 'enum') {
    // A country code may be any of 249: show a few.
    const values = error.params.allowedValues;
    const shown = values.slice(0, 12).join(', ');
    return `must be one of ${values.length > 12 ? `${shown}… (${values.length} in all)` : shown}`;
  }
  if (error.keyword === 'const') return `must be ${JSON.stringify(error.params.allowedValue)}`;
  return error.message ?? error.keyword;
}
