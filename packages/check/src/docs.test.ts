import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * Runs every example in the TSDoc of `src/` and in the README, so documentation cannot drift
 * from the code. An example is TypeScript importing from '@reckon/check'; a line ending in
 * `// => value` (or followed by such a line) asserts the value of its expression, and
 * `// throws Name` asserts that it throws an error of that name.
 */

const srcDir = new URL('./', import.meta.url);

function sourceFiles(dir: URL): URL[] {
  return readdirSync(dir).flatMap((name) => {
    const url = new URL(name, dir);
    if (statSync(url).isDirectory()) return sourceFiles(new URL(`${name}/`, dir));
    return name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(name) ? [url] : [];
  });
}

interface Example {
  readonly where: string;
  readonly code: string;
}

function tsdocExamples(): Example[] {
  return sourceFiles(srcDir).flatMap((url) => {
    const text = readFileSync(url, 'utf8');
    const blocks = [...text.matchAll(/\* @example\n \* ```ts\n([\s\S]*?) \* ```/g)];
    return blocks.map((match, i) => ({
      where: `${url.pathname.split('/src/')[1]} #${i + 1}`,
      code: (match[1] ?? '').replace(/^ \* ?/gm, ''),
    }));
  });
}

function readmeExamples(): Example[] {
  const text = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, i) => ({
    where: `README.md #${i + 1}`,
    code: match[1] ?? '',
  }));
}

/** Rewrites `expr; // => value` and `expr; // throws Name` into assertions. */
function withAssertions(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const inline = /^(\s*)(.+?);\s*\/\/ => (.+)$/.exec(line);
    const throws = /^(\s*)(.+?);\s*\/\/ throws (\w+)/.exec(line);
    const next = /^\s*\/\/ => (.+)$/.exec(lines[i + 1] ?? '');
    const bare = /^(\s*)(.+?);\s*$/.exec(line);
    if (inline) out.push(`${inline[1]}__check(() => (${inline[2]}), ${inline[3]});`);
    else if (throws) out.push(`${throws[1]}__throws(() => { ${throws[2]}; }, '${throws[3]}');`);
    else if (next && bare) {
      out.push(`${bare[1]}__check(() => (${bare[2]}), ${next[1]});`);
      i++;
    } else out.push(line);
  }
  return out.join('\n');
}

async function run(example: Example): Promise<number> {
  const modules: Record<string, unknown> = {
    '@reckon/check': await import('@reckon/check'),
    '@reckon/schema': await import('@reckon/schema'),
    '@reckon/range': await import('@reckon/range'),
  };
  const { code } = transformSync(withAssertions(example.code), { loader: 'ts', format: 'cjs' });
  let checks = 0;
  const check = (actual: () => unknown, expected: unknown) => {
    checks++;
    assert.deepStrictEqual(actual(), expected, example.where);
  };
  const throws = (fn: () => void, name: string) => {
    checks++;
    assert.throws(fn, (error: Error) => error.name === name, `${example.where}: expected ${name}`);
  };
  const require = (id: string) => {
    if (!(id in modules)) throw new Error(`${example.where} imports ${id}, which examples may not`);
    return modules[id];
  };
  new Function('require', '__check', '__throws', 'module', 'exports', code)(
    require,
    check,
    throws,
    { exports: {} },
    {},
  );
  return checks;
}

const examples = [...tsdocExamples(), ...readmeExamples()];

describe('documentation examples', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example) => [example.where, example] as const))(
    '%s runs and its claims hold',
    async (_, example) => {
      expect(example.code).toContain("from '@reckon/check'");
      // Every example shows a result, so each one checks something.
      expect(await run(example)).toBeGreaterThan(0);
    },
  );
});
