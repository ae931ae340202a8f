/**
 * Runs the code examples of a README and of TSDoc `@example` blocks as tests, so the
 * documentation cannot drift from the code. Every package's `docs.test.ts` calls this one
 * runner, so the rules below hold for all of them.
 *
 * An example is a ```ts block. In it:
 * - `expr; // => value` asserts that `expr` equals `value` (`toStrictEqual`);
 * - a line holding only `// => value` asserts the one-line statement before it;
 * - `expr; // throws ErrorName` asserts that `expr` throws an instance of `ErrorName`, the
 *   class of that name among the modules the example may import (or a built-in such as
 *   `TypeError`), whose `name` is `ErrorName`.
 * Imports resolve to the modules the caller names, and no others. Examples may `await`.
 *
 * A package's `src/docs.test.ts` is then a few lines:
 *
 *     import * as range from '@reckon/range';
 *     describeDocExamples({
 *       root: new URL('..', import.meta.url),
 *       readme: 'README.md',
 *       sources: ['src'],
 *       modules: { '@reckon/range': range },
 *     });
 *
 * (This file's own doc comments carry no `@example`: it is test code, not a package's API,
 * and its behaviour is pinned by `tests/test-support/doc-examples.test.ts`.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** One ```ts block of documentation. */
export interface DocExample {
  /** Where its opening fence stands, as `path:line` from the root, e.g. `src/ops/add.ts:16`. */
  readonly where: string;
  /** Whether it is a README block or a TSDoc `@example`. */
  readonly from: 'readme' | 'tsdoc';
  /** The TypeScript code, without the fences and without the comment's leading ` * `. */
  readonly code: string;
}

/** Where examples are read from. */
export interface CollectOptions {
  /** The folder that `readme` and `sources` are relative to, e.g. `new URL('..', import.meta.url)`. */
  readonly root: URL;
  /** The README whose ```ts blocks run; none when left out. */
  readonly readme?: string;
  /** Files and folders whose TSDoc examples run (tests excluded), e.g. `['src']`. */
  readonly sources?: readonly string[];
}

/** What an example sees when it runs. */
export interface ExampleScope {
  /** The modules an example may import, by specifier: `{ '@reckon/range': range }`. */
  readonly modules: Readonly<Record<string, object>>;
  /**
   * Names in scope without an import, as if the example had imported them all: lets a
   * package's TSDoc examples use its exports bare. An import in the example shadows them.
   */
  readonly globals?: object;
}

/** What `describeDocExamples` reads, runs, and calls its tests. */
export interface DocExampleOptions extends CollectOptions, ExampleScope {
  /** Which of the examples found run; all of them when left out. */
  readonly filter?: (example: DocExample) => boolean;
  /** The name of the `describe` block; `documentation examples` when left out. */
  readonly title?: string;
}

/** The ```ts blocks of a Markdown file, each labelled with the line of its opening fence. */
function readmeExamples(root: URL, path: string): DocExample[] {
  const text = readFileSync(new URL(path, root), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => ({
    where: `${path}:${lineAt(text, match.index)}`,
    from: 'readme',
    code: match[1] ?? '',
  }));
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** The non-test `.ts` files at `path` (a file or a folder), in a stable order. */
function sourceFiles(root: URL, path: string): string[] {
  if (statSync(new URL(path, root)).isDirectory()) {
    const names = readdirSync(new URL(`${path}/`, root)).sort();
    return names.flatMap((name) => sourceFiles(root, `${path}/${name}`));
  }
  return path.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(path) ? [path] : [];
}

/** The first ```ts block after each `@example` tag of a file's doc comments. */
function tsdocExamples(root: URL, path: string): DocExample[] {
  const lines = readFileSync(new URL(path, root), 'utf8').split('\n');
  const examples: DocExample[] = [];
  let state: 'outside' | 'tagged' | 'code' = 'outside';
  let start = 0;
  let body: string[] = [];
  lines.forEach((line, index) => {
    const content = line.replace(/^\s*\* ?/, '');
    if (/^\s*\*\s*@example\b/.test(line)) state = 'tagged';
    else if (state === 'tagged' && content.startsWith('```ts')) {
      [state, start, body] = ['code', index + 1, []];
    } else if (state === 'tagged' && /^\s*\*\s*@\w/.test(line)) state = 'outside';
    else if (state === 'code' && content.startsWith('```')) {
      examples.push({ where: `${path}:${start}`, from: 'tsdoc', code: body.join('\n') });
      state = 'outside';
    } else if (state === 'code') body.push(content);
  });
  return examples;
}

/**
 * Reads the examples of a README and of the TSDoc in source files.
 *
 * @param options - the root folder, the README's path, and the source files and folders
 * @returns the README's examples first, then each source file's, in file order
 */
export function collectExamples(options: CollectOptions): DocExample[] {
  const { root, readme, sources = [] } = options;
  const files = sources.flatMap((path) => sourceFiles(root, path));
  return [
    ...(readme === undefined ? [] : readmeExamples(root, readme)),
    ...files.flatMap((path) => tsdocExamples(root, path)),
  ];
}

/**
 * Whether an example imports from the module `specifier`.
 *
 * @param example - the example to look at
 * @param specifier - a module specifier, e.g. `@reckon/markdown`
 * @returns true when the example has an import from that module
 */
export function importsFrom(example: DocExample, specifier: string): boolean {
  return new RegExp(`from\\s*['"]${specifier.replace(/[/.]/g, '\\$&')}['"]`).test(example.code);
}

/**
 * The functions a module exports (classes aside) that no example calls, for a package's
 * assertion that every function it exports is shown.
 *
 * @param examples - the examples that run
 * @param module - the module's namespace, e.g. `import * as api from './index'`
 * @returns the names of the functions no example calls, as `name(`
 */
export function functionsNotCalled(examples: readonly DocExample[], module: object): string[] {
  const code = examples.map((example) => example.code).join('\n');
  return Object.entries(module)
    .filter(([, value]) => typeof value === 'function' && !/^[A-Z]/.test(value.name))
    .map(([name]) => name)
    .filter((name) => !new RegExp(`\\b${name}\\(`).test(code));
}

/** Rewrites the claims of an example into calls of `__check` and `__throws`. */
export function instrument(code: string): string {
  const out: string[] = [];
  for (const line of code.split('\n')) {
    const throws = /^(\s*)(.+?);?\s*\/\/ throws (\w+)/.exec(line);
    const alone = /^\s*\/\/ => (.+)$/.exec(line);
    const inline = /^(\s*)(.+?);?\s*\/\/ => (.+)$/.exec(line);
    if (throws) {
      const [, indent, statement, name] = throws;
      out.push(`${indent}await __throws(async () => { ${statement}; }, '${name}');`);
    } else if (alone) {
      // The claim is about the statement on the line before, which must be one whole line.
      const previous = out.pop()?.trimEnd().replace(/;$/, '') ?? '';
      if (previous.trim() === '') throw new Error(`'// => ${alone[1]}' follows no statement`);
      const indent = /^\s*/.exec(previous)?.[0] ?? '';
      out.push(`${indent}__check((${previous.trim()}), (${alone[1]}));`);
    } else if (inline) out.push(`${inline[1]}__check((${inline[2]}), (${inline[3]}));`);
    else out.push(line);
  }
  return out.join('\n');
}

/**
 * Turns the import statements of esbuild's output, which it prints in one canonical form,
 * into reads of `__import(specifier)`, so an example runs in a function body.
 */
function bindImports(js: string): string {
  const rewritten = js.replace(
    /^import\s+(?:([^"]*?)\s+from\s+)?("[^"]+");$/gm,
    (_statement, clause: string | undefined, specifier: string) => {
      const module = `__import(${specifier})`;
      if (clause === undefined) return `${module};`;
      const parts = /^(?:([\w$]+)\s*,?\s*)?(?:\*\s*as\s+([\w$]+))?\s*(?:\{([^}]*)\})?$/.exec(
        clause,
      );
      if (!parts) throw new Error(`cannot read the import of ${specifier}: ${clause}`);
      const [, name, namespace, named] = parts;
      return [
        name === undefined ? '' : `const ${name} = ${module}.default;`,
        namespace === undefined ? '' : `const ${namespace} = ${module};`,
        named === undefined ? '' : `const {${named.replace(/\bas\b/g, ':')}} = ${module};`,
      ].join(' ');
    },
  );
  if (/^import\b/m.test(rewritten)) throw new Error(`cannot read an import in:\n${rewritten}`);
  return rewritten;
}

type AsyncBody = (...values: unknown[]) => Promise<void>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => AsyncBody;

/** The error class called `name` that an example can see, or undefined. */
function errorClass(name: string, scope: ExampleScope): unknown {
  const places = [scope.globals ?? {}, ...Object.values(scope.modules), globalThis];
  const owner = places.find(
    (place) => typeof (place as Record<string, unknown>)[name] === 'function',
  );
  return owner === undefined ? undefined : (owner as Record<string, unknown>)[name];
}

/**
 * Runs one example and checks its claims.
 *
 * @param example - the example to run
 * @param scope - the modules it may import and the names it sees without an import
 * @returns how many claims it checked (`// =>` and `// throws` lines)
 * @throws the assertion error of the first claim that does not hold, or the example's own error
 */
export async function runExample(example: DocExample, scope: ExampleScope): Promise<number> {
  let checks = 0;
  const check = (actual: unknown, expected: unknown): void => {
    checks++;
    expect(actual, example.where).toStrictEqual(expected);
  };
  const throws = async (make: () => Promise<void>, name: string): Promise<void> => {
    checks++;
    const expected = errorClass(name, scope);
    expect(expected, `${example.where}: ${name} is an error class in scope`).toBeTypeOf('function');
    const error: unknown = await make().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error, `${example.where}: expected ${name}`).toBeInstanceOf(expected as typeof Error);
    expect((error as Error).name, `${example.where}: the error's name`).toBe(name);
  };
  const load = (specifier: string): object => {
    const module = scope.modules[specifier];
    if (module === undefined)
      throw new Error(`${example.where} imports ${specifier}, which examples may not`);
    return module;
  };
  const js = transformSync(instrument(example.code), { loader: 'ts', format: 'esm' }).code;
  const globals = Object.keys(scope.globals ?? {});
  // The example's own declarations live in a block, so they may shadow the globals.
  const body = `const { ${globals.join(', ')} } = __globals;\n{\n${bindImports(js)}\n}`;
  await new AsyncFunction('__globals', '__import', '__check', '__throws', body)(
    scope.globals ?? {},
    load,
    check,
    throws,
  );
  return checks;
}

/**
 * Declares one vitest test per example, each running it and checking that it makes at least
 * one claim and that every claim holds. Call it at the top level of a test file.
 *
 * @param options - where to read examples, which to keep, and what they may import
 * @returns the examples it declared tests for, for a package's own assertions about them
 */
export function describeDocExamples(options: DocExampleOptions): DocExample[] {
  const { filter = () => true, title = 'documentation examples' } = options;
  const examples = collectExamples(options).filter(filter);
  describe(title, () => {
    it.each(examples.map((example) => [example.where, example] as const))(
      '%s runs and its claims hold',
      async (_where, example) => {
        // Every example shows a result, so each one checks something.
        expect(await runExample(example, options)).toBeGreaterThan(0);
      },
    );
  });
  return examples;
}
