/**
 * Runs every code example in the README and in the TSDoc `@example` blocks, so the docs
 * stay true. In an example, `expr; // => value` asserts that `expr` equals `value`
 * (`toEqual`), a line holding only `// => value` asserts the statement before it, and
 * `expr; // throws ErrorName` asserts that `expr` throws that error class.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as api from './index';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..');

interface Example {
  readonly where: string;
  readonly code: string;
}

function readmeExamples(): Example[] {
  const text = readFileSync(join(packageRoot, 'README.md'), 'utf8');
  const examples: Example[] = [];
  const fence = /```ts\n([\s\S]*?)```/g;
  for (let match = fence.exec(text); match !== null; match = fence.exec(text)) {
    const line = text.slice(0, match.index).split('\n').length;
    examples.push({ where: `README.md:${line}`, code: match[1] ?? '' });
  }
  return examples;
}

/** Files and folders whose TSDoc examples this test runs: every public module. */
const DOCUMENTED = ['errors.ts', 'range.ts', 'json', 'unit', 'ops', 'compare', 'parse', 'format'];

function sourceFiles(path: string): string[] {
  if (statSync(path).isDirectory())
    return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
  return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
}

function tsdocExamples(): Example[] {
  const examples: Example[] = [];
  for (const file of DOCUMENTED.flatMap((entry) => sourceFiles(join(here, entry)))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let inExample = false;
    let start = 0;
    let body: string[] = [];
    lines.forEach((line, index) => {
      const content = line.replace(/^\s*\* ?/, '');
      if (line.includes('@example')) inExample = true;
      else if (inExample && content.startsWith('```ts')) {
        body = [];
        start = index + 2;
      } else if (inExample && content.startsWith('```')) {
        examples.push({ where: `${relative(packageRoot, file)}:${start}`, code: body.join('\n') });
        inExample = false;
      } else if (inExample) body.push(content);
    });
  }
  return examples;
}

/** Rewrites assertion comments into calls and drops imports of the package (its exports are in scope). */
function instrument(code: string): string {
  // Imports may span lines; the package's exports are already in scope, so drop them.
  const withoutImports = code.replace(/import\s*\{[^}]*\}\s*from\s*'@reckon\/range';?/g, '');
  if (/^\s*import\b/m.test(withoutImports))
    throw new Error('examples may import only @reckon/range');
  const out: string[] = [];
  for (const line of withoutImports.split('\n')) {
    const check = line.match(/^(.*?);?\s*\/\/ => (.*)$/);
    const throws = line.match(/^(.*?);?\s*\/\/ throws (\w+)/);
    if (throws) out.push(`throwsCheck(() => (${throws[1]}), ${JSON.stringify(throws[2])});`);
    else if (check && check[1]?.trim() !== '')
      out.push(`equalCheck((${check[1]}), (${check[2]}));`);
    else if (check) {
      const previous = out.pop() ?? '';
      out.push(`equalCheck((${previous.trim().replace(/;$/, '')}), (${check[2]}));`);
    } else out.push(line);
  }
  return out.join('\n');
}

async function run(example: Example): Promise<number> {
  let checks = 0;
  const equalCheck = (actual: unknown, expected: unknown) => {
    checks++;
    expect(actual, example.where).toEqual(expected);
  };
  const throwsCheck = (make: () => unknown, name: string) => {
    checks++;
    const errorClass = (api as Record<string, unknown>)[name];
    expect(errorClass, `${example.where}: ${name} is exported`).toBeTypeOf('function');
    expect(make, example.where).toThrow(errorClass as new () => Error);
  };
  const js = transformSync(instrument(example.code), { loader: 'ts' }).code;
  const names = Object.keys(api);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  // The package's exports are in scope, as after `import { ... } from '@reckon/range'`.
  const body = `const { ${names.join(', ')} } = api;\n{\n${js}\n}`;
  await new AsyncFunction('api', 'equalCheck', 'throwsCheck', body)(api, equalCheck, throwsCheck);
  return checks;
}

describe('README examples', () => {
  for (const example of readmeExamples()) {
    it(`runs ${example.where}`, async () => {
      expect(await run(example)).toBeGreaterThan(0);
    });
  }
});

describe('TSDoc examples', () => {
  for (const example of tsdocExamples()) {
    it(`runs ${example.where}`, async () => {
      expect(await run(example)).toBeGreaterThan(0);
    });
  }
});

describe('which examples run', () => {
  it('includes an example of every exported function, from the TSDoc or the README', () => {
    const code = [...readmeExamples(), ...tsdocExamples()].map((e) => e.code).join('\n');
    const functions = Object.entries(api)
      .filter(([, value]) => typeof value === 'function' && !/^[A-Z]/.test(value.name))
      .map(([name]) => name);
    expect(functions.filter((name) => !new RegExp(`\\b${name}\\(`).test(code))).toEqual([]);
  });
});
