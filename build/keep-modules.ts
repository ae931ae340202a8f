import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * An esbuild plugin that keeps each source module its own output file: every relative import
 * of another `.ts` module under `src/` stays an import, rewritten to the `.js` file the build
 * writes beside it (`./ops/add` becomes `./ops/add.js`, `./parse` becomes `./parse/index.js`).
 *
 * Why: a bundler drops a whole module that nothing imports when the package says
 * `"sideEffects": false`, but it cannot drop a module-level `new Set(...)` or table built at
 * load time from the middle of a single-file bundle. One file per module lets an app that
 * imports only `add` leave the parser's lexicons out. Node needs the explicit `.js`.
 *
 * Imports of files outside `src/` (the CLI's `../package.json`) are bundled as before.
 *
 * @param srcDir - the package's source folder, absolute
 * @returns the plugin, for tsup's `esbuildPlugins`
 */
export function keepModules(srcDir: string): Plugin {
  return {
    name: 'reckon-keep-modules',
    setup(build) {
      build.onResolve({ filter: /^\.\.?(\/|$)/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const target = resolve(args.resolveDir, args.path);
        const candidates = [`${target}.ts`, join(target, 'index.ts')];
        if (target.endsWith('.ts')) candidates.unshift(target);
        const file = candidates.find(existsSync);
        if (file === undefined || relative(srcDir, file).startsWith('..')) return undefined;
        let specifier = relative(dirname(args.importer), file).replace(/\.ts$/, '.js');
        if (!specifier.startsWith('.')) specifier = `./${specifier}`;
        return { path: specifier, external: true };
      });
    },
  };
}
