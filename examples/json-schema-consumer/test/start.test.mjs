// Runs the example the way its README says, and checks what it prints.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => spawnSync(command, args, { cwd, encoding: 'utf8' });

describe('json-schema-consumer', () => {
  it('npm start: the seed dossier is valid, broken.json has the five mistakes planted in it', () => {
    const { status, stdout } = run('npm', ['start', '--silent']);
    expect(stdout).toBe(
      [
        '../cambodia-scam-economy/dossier.json: valid',
        'broken.json: not valid (7 problems)',
        '  /actors/0/id: must match pattern "^[a-z0-9][a-z0-9._:-]*$"',
        "  /reports/0: must have required property 'title'",
        "  /reports/0: must have required property 'description'",
        '  /reports/0: must match a schema in anyOf',
        '  /reports/0: has an unknown property "titel"',
        '  /reports/0/estimates/0/range/low: must be number or null',
        '  /responses/0/stance: must be one of denies, dismisses, disputes-methodology, disputes-figures, partially-accepts, accepts, no-comment, declined-to-comment, no-response',
        '',
      ].join('\n'),
    );
    expect(status).toBe(0);
  });

  it('validate.mjs exits 0 for a valid dossier, 1 for a broken one, 2 with no file', () => {
    expect(
      run(process.execPath, ['validate.mjs', '../cambodia-scam-economy/dossier.json']).status,
    ).toBe(0);
    expect(run(process.execPath, ['validate.mjs', 'broken.json']).status).toBe(1);
    expect(run(process.execPath, ['validate.mjs']).status).toBe(2);
  });

  it('the README shows exactly what npm start prints', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const shown = /```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(run('npm', ['start', '--silent']).stdout).toBe(shown);
  });
});
