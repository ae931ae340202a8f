import { describe, expect, it } from 'vitest';

describe('@reckon/cli', () => {
  it('exports exactly its public API', async () => {
    expect(Object.keys(await import('@reckon/cli')).sort()).toEqual(['EXIT', 'run']);
  });

  it('EXIT names the three exit codes', async () => {
    const { EXIT } = await import('@reckon/cli');
    expect(EXIT).toEqual({ ok: 0, failure: 1, usage: 2 });
    expect(Object.isFrozen(EXIT)).toBe(true);
  });
});
