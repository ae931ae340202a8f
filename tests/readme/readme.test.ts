import { readFileSync } from 'node:fs';
import * as range from '@reckon/range';
import { describe, expect, it } from 'vitest';

/**
 * Runs the TypeScript examples of the repository's README: imports are bound to
 * @reckon/range's exports, and every `expr; // => value` line is checked.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('README', () => {
  it('has a TypeScript example', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((code, i) => [i, code] as const))(
    'example %i runs and its results hold',
    (_i, code) => {
      const checks: [unknown, unknown][] = [];
      const body = code
        .replace(/^import .*$/gm, '')
        .replace(/^(.*?);\s*\/\/ => (.*)$/gm, (_m, expr, value) => `__check(${expr}, ${value});`);
      new Function('__check', ...Object.keys(range), body)(
        (actual: unknown, expected: unknown) => checks.push([actual, expected]),
        ...Object.values(range),
      );
      expect(checks.length).toBeGreaterThan(0);
      for (const [actual, expected] of checks) expect(actual).toEqual(expected);
    },
  );
});
