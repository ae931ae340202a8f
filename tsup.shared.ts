import { resolve } from 'node:path';
import type { Options } from 'tsup';
import { emitDeclarations } from './build/emit-declarations.ts';
import { keepModules } from './build/keep-modules.ts';

/** Every source module of a package, tests and test helpers left out. */
const SOURCE_MODULES = [
  'src/**/*.ts',
  '!src/**/*.test.ts',
  '!src/**/*.test-d.ts',
  '!src/testing/**',
];

/**
 * One build for every package: ES modules only, one output file per source module, each with
 * a `.d.ts`, a declaration map and a source map; ES2022. Run from the package folder.
 *
 * - No CommonJS copy: Node >= 20.19 `require()`s ES modules, and a single copy keeps
 *   interned units and `instanceof` checks on errors sound.
 * - One file per module, not one bundle: with `"sideEffects": false`, an app's bundler then
 *   drops every module the app does not reach, module-level tables included (see
 *   `build/keep-modules.ts`). Importing only `add` from `@reckon/range` costs 7.3 KB
 *   min+gzip from a single bundle, under 4 KB this way (`npm run bench`).
 * - Declarations come from the TypeScript compiler, with maps into the shipped `src/`
 *   (see `build/emit-declarations.ts`). Dependencies stay external.
 *
 * @param entryPoints - the modules the package's `exports` and `bin` name: their
 *   declarations, and those of every module they import, are written
 * @param internalProperties - property names used only inside the package, each mapped to
 *   the short name the build writes for it (esbuild `mangleProps` with this table as its
 *   `mangleCache`, so every module file agrees). Public names must never be among them.
 * @returns tsup's options
 */
export function packageBuild(
  entryPoints: readonly string[] = ['src/index.ts'],
  internalProperties?: Readonly<Record<string, string>>,
): Options {
  return {
    entry: SOURCE_MODULES,
    format: ['esm'],
    target: 'es2022',
    platform: 'neutral',
    bundle: true,
    esbuildPlugins: [keepModules(resolve('src'))],
    dts: false,
    sourcemap: true,
    clean: true,
    splitting: false,
    skipNodeModulesBundle: true,
    esbuildOptions(options) {
      if (internalProperties === undefined) return;
      const names = Object.keys(internalProperties).join('|');
      options.mangleProps = new RegExp(`^(?:${names})$`);
      options.mangleCache = { ...internalProperties };
    },
    async onSuccess() {
      emitDeclarations(process.cwd(), entryPoints);
    },
  };
}
