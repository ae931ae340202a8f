import { readFileSync } from 'node:fs';
import * as range from '@reckon/range';
import { describe, expect, it } from 'vitest';
import * as chart from './index';

/**
 * Runs the README's TypeScript examples: each block's imports are bound to this package's
 * and @reckon/range's exports, and every `expr; // => value` line is checked.
 */
describe('README and TSDoc examples', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  // TSDoc examples sit in comments: strip the leading ` * ` to get the code.
  const tsdoc = readFileSync(new URL('./range-chart.ts', import.meta.url), 'utf8').replace(
    /^ \* ?/gm,
    '',
  );
  const blocks = [readme, tsdoc].flatMap((text) =>
    [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? ''),
  );

  it('has examples to run, from the README and from the TSDoc', () => {
    expect(blocks.length).toBe(2);
  });

  it.each(blocks.map((code, i) => [i, code] as const))(
    'block %i runs and its results hold',
    (_i, code) => {
      const body = code
        .replace(/^import .*$/gm, '')
        .replace(/^(.*?);\s*\/\/ => (.*)$/gm, (_m, expr, value) => `__check(${expr}, ${value});`);
      const checks: [unknown, unknown][] = [];
      const run = new Function('__check', ...Object.keys(range), ...Object.keys(chart), body);
      run(
        (actual: unknown, expected: unknown) => checks.push([actual, expected]),
        ...Object.values(range),
        ...Object.values(chart),
      );
      expect(checks.length).toBeGreaterThan(0);
      for (const [actual, expected] of checks) expect(actual).toEqual(expected);
    },
  );
});
