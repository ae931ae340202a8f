import { describe, expect, it } from 'vitest';
import { ANSI, fixture, reckon, SEED } from './helpers/reckon';

// Spawned with pipes, the bin never has a terminal: FORCE_COLOR stands in for one, so
// NO_COLOR is tested against something that would otherwise colour.
describe('colour', () => {
  it('is off when output is not a terminal', async () => {
    const valid = await reckon(['validate', SEED]);
    const invalid = await reckon(['validate', fixture('invalid.json')]);
    const usage = await reckon(['rendr']);
    for (const result of [valid, invalid, usage]) {
      expect(result.stdout).not.toMatch(ANSI);
      expect(result.stderr).not.toMatch(ANSI);
    }
  });

  it('is on with FORCE_COLOR, on stdout and stderr alike', async () => {
    const invalid = await reckon(['validate', fixture('invalid.json')], {
      env: { FORCE_COLOR: '1' },
    });
    expect(invalid.stdout).toMatch(ANSI);
    const usage = await reckon(['rendr'], { env: { FORCE_COLOR: '1' } });
    expect(usage.stderr).toMatch(ANSI);
  });

  it('is never on with NO_COLOR, even with FORCE_COLOR', async () => {
    const env = { FORCE_COLOR: '1', NO_COLOR: '1' };
    const invalid = await reckon(['validate', fixture('invalid.json')], { env });
    const usage = await reckon(['rendr'], { env });
    expect(invalid.stdout).not.toMatch(ANSI);
    expect(usage.stderr).not.toMatch(ANSI);
  });

  it('never touches what programs read: --json, Markdown, JSON Schema', async () => {
    const env = { FORCE_COLOR: '1' };
    for (const args of [
      ['validate', SEED, '--json'],
      ['check', SEED, '--json'],
      ['render', SEED],
      ['schema'],
      ['extract', fixture('article.txt')],
    ]) {
      expect((await reckon(args, { env })).stdout).not.toMatch(ANSI);
    }
  });
});
