import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { reckon } from './helpers/reckon';

const require = createRequire(import.meta.url);
const NAMES = [
  'dossier',
  'actor',
  'source',
  'report',
  'claim',
  'estimate',
  'official-response',
  'quote',
];

/** The JSON Schema file @reckon/schema ships for an entity, resolved as a consumer would. */
const shipped = (name: string): unknown =>
  JSON.parse(readFileSync(require.resolve(`@reckon/schema/json-schema/${name}.json`), 'utf8'));

describe('reckon schema', () => {
  it('prints the dossier schema by default: the file @reckon/schema ships', async () => {
    const { code, stdout, stderr } = await reckon(['schema']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const printed = JSON.parse(stdout) as { $schema: string };
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(printed).toEqual(shipped('dossier'));
  });

  it.each(NAMES)('prints the schema of %s as shipped', async (name) => {
    const { code, stdout } = await reckon(['schema', name]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(shipped(name));
  });

  it('--list prints the entity names, one a line', async () => {
    const { code, stdout } = await reckon(['schema', '--list']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${NAMES.join('\n')}\n`);
    // Each listed name has a shipped file.
    for (const name of NAMES) {
      expect(existsSync(require.resolve(`@reckon/schema/json-schema/${name}.json`))).toBe(true);
    }
  });

  it('an unknown entity is a usage error naming the choices, exit 2', async () => {
    const { code, stdout, stderr } = await reckon(['schema', 'estimat']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `reckon: no JSON Schema named "estimat" (did you mean "estimate"?): choose one of ${NAMES.join(', ')}\n`,
    );
  });

  it('--json: the schema as it is, and the list as a JSON array', async () => {
    const schema = await reckon(['schema', 'estimate', '--json']);
    expect(schema.code).toBe(0);
    expect(schema.stdout).toBe((await reckon(['schema', 'estimate'])).stdout);
    const list = await reckon(['schema', '--list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual(
      (await reckon(['schema', '--list'])).stdout.trimEnd().split('\n'),
    );
  }, 60_000);
});
