import type { Options } from 'tsup';

/**
 * One build for every package: ES modules only, declarations and source maps, ES2022.
 * No CommonJS copy — Node >= 20.19 `require()`s ES modules, and a single copy keeps
 * interned units and `instanceof` checks on errors sound. Dependencies stay external.
 */
export function packageBuild(entry: Record<string, string> = { index: 'src/index.ts' }): Options {
  return {
    entry,
    format: ['esm'],
    target: 'es2022',
    platform: 'neutral',
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: false,
    skipNodeModulesBundle: true,
  };
}
