import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isJsonSpecifier } from './entry-points';
import { type RunResult, run, runOrThrow } from './run';
import { repoRoot } from './workspace';

export interface ConsumerSpec {
  /** Package name -> `file:` path of its tarball. */
  readonly tarballs: Readonly<Record<string, string>>;
  /** Peer dependencies the packages ask the consumer to bring (`zod`). */
  readonly peers: Readonly<Record<string, string>>;
  /** Every specifier to import, require and type-check. */
  readonly specifiers: readonly string[];
}

/**
 * A fresh project outside the workspace that installs the tarballs as a user would, so
 * nothing resolves through the monorepo's symlinks or source conditions.
 */
export class Consumer {
  readonly dir = mkdtempSync(join(tmpdir(), 'reckon-consumer-'));

  constructor(private readonly spec: ConsumerSpec) {
    const dependencies: Record<string, string> = { ...spec.peers };
    for (const [name, tarball] of Object.entries(spec.tarballs))
      dependencies[name] = `file:${tarball}`;
    this.write('package.json', { name: 'consumer', private: true, type: 'module', dependencies });
    runOrThrow(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
      this.dir,
    );
    this.writeScripts();
  }

  /** `import`s every entry point from an ES module with the given node binary. */
  importAll(node = process.execPath): RunResult {
    return run(node, ['import-all.mjs'], this.dir);
  }

  /** `require`s every entry point from a CommonJS file (Node's require of ES modules). */
  requireAll(node = process.execPath): RunResult {
    return run(node, ['--no-warnings', 'require-all.cjs'], this.dir);
  }

  /** Type-checks a consumer file under the given `moduleResolution`, shipped `.d.ts` included. */
  typecheck(resolution: 'node16' | 'bundler'): RunResult {
    const tsc = join(repoRoot, 'node_modules/.bin/tsc');
    return run(tsc, ['-p', `tsconfig.${resolution}.json`], this.dir);
  }

  private writeScripts(): void {
    const specifiers = this.spec.specifiers;
    const check = `if (Object.keys(loaded).length === 0) throw new Error(spec + ' exports nothing');`;
    const importLines = specifiers.map((spec, i) =>
      isJsonSpecifier(spec)
        ? `{ const spec = ${JSON.stringify(spec)}; const loaded = (await import(spec, { with: { type: 'json' } })).default; ${check} }`
        : `{ const spec = ${JSON.stringify(spec)}; const loaded = await import(spec); ${check} } // ${i}`,
    );
    this.writeText(
      'import-all.mjs',
      `${importLines.join('\n')}\nconsole.log('imported ${specifiers.length}');\n`,
    );
    const requireLines = specifiers.map(
      (spec) => `{ const spec = ${JSON.stringify(spec)}; const loaded = require(spec); ${check} }`,
    );
    this.writeText(
      'require-all.cjs',
      `${requireLines.join('\n')}\nconsole.log('required ${specifiers.length}');\n`,
    );

    const modules = specifiers.filter((spec) => !isJsonSpecifier(spec));
    const typed = modules.map(
      (spec, i) =>
        `import * as m${i} from '${spec}';\nexport const keys${i}: string[] = Object.keys(m${i});`,
    );
    this.writeText('consumer.ts', `${typed.join('\n')}\n`);
    // A browser or bundler consumer without @types/node: our declarations must not need Node's
    // types, and zod's use DOM globals such as URL.
    const base = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
      target: 'ES2022',
      lib: ['ES2023', 'DOM'],
    };
    this.write('tsconfig.node16.json', {
      compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16' },
      files: ['consumer.ts'],
    });
    this.write('tsconfig.bundler.json', {
      compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' },
      files: ['consumer.ts'],
    });
  }

  private write(name: string, value: unknown): void {
    this.writeText(name, `${JSON.stringify(value, null, 2)}\n`);
  }

  private writeText(name: string, text: string): void {
    writeFileSync(join(this.dir, name), text);
  }
}
