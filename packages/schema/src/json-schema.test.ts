import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { ajvValidator } from '../test-fixtures/ajv';
import { minimalText } from '../test-fixtures/load';
import { generateJsonSchema, JSON_SCHEMA_NAMES } from './index';
import { serializeJsonSchema } from './json-schema-file';

const committed = (name: string) =>
  readFileSync(new URL(`../json-schema/${name}.json`, import.meta.url), 'utf8');

describe('the shipped JSON Schema files', () => {
  it.each(JSON_SCHEMA_NAMES)('%s.json matches what the zod schemas generate', (name) => {
    // When this fails, run `npx tsx scripts/generate-json-schema.ts` and review the diff.
    expect(committed(name)).toBe(serializeJsonSchema(generateJsonSchema(name)));
  });

  it.each(JSON_SCHEMA_NAMES)('%s.json compiles under ajv’s strict mode (draft 2020-12)', (name) => {
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validateSchema(JSON.parse(committed(name)))).toBe(true);
    expect(() => ajvValidator(name)).not.toThrow();
  });

  it.each(JSON_SCHEMA_NAMES)('%s.json has an $id naming its own file', (name) => {
    expect(JSON.parse(committed(name)).$id).toBe(
      `https://unpkg.com/@reckon/schema/json-schema/${name}.json`,
    );
  });

  it('emits each shared part once, under $defs', () => {
    const schema = JSON.parse(committed('dossier'));
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['Dossier', 'Estimate', 'RangeJSON', 'PartialDate', 'Id', 'Quote']),
    );
    const text = committed('dossier');
    // The partial-date pattern is written once and referenced everywhere else.
    expect(text.split('XXXX-(?:0[1-9]').length - 1).toBe(1);
  });

  it('describes documents as written: collections with defaults may be left out', () => {
    const dossier = JSON.parse(committed('dossier')).$defs.Dossier;
    expect(dossier.required).toEqual(['schemaVersion']);
    expect(dossier.additionalProperties).toBe(false);
  });

  it('validates each entity on its own, as the entity parsers do', () => {
    const minimal = JSON.parse(minimalText());
    expect(ajvValidator('estimate')(minimal.reports[0].estimates[0])).toBe(true);
    expect(ajvValidator('official-response')(minimal.responses[0])).toBe(true);
    expect(ajvValidator('actor')(minimal.actors[0])).toBe(true);
    expect(ajvValidator('quote')({ text: 'No.' })).toBe(true);
    expect(ajvValidator('quote')({ text: 'No.', form: 'shouted' })).toBe(false);
  });
});
