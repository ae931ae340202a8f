import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

/**
 * Isolates test files from each other in Stryker's dry run only. The dry run records which
 * tests cover each mutant, and must isolate: a cache filled lazily (`unit()`'s interned units)
 * is filled by the first test of a shared module graph only, so later tests would not be
 * counted as covering the code that fills it, and a mutant there would run without the tests
 * that kill it. A mutant's own run needs no isolation: Vitest starts a fresh worker for each
 * run and ends it after, so the files of one run share modules with each other, all under the
 * same mutant, never with another mutant's run; loading the package once instead of once per
 * file makes a run two to three times quicker. The Stryker vitest runner tells the two apart
 * by the `mode` it provides before each run ('dry-run' or 'mutant'); without it, every run is
 * isolated, as configured.
 */
const isolateOnlyTheDryRun: Plugin = {
  name: 'reckon:isolate-only-the-dry-run',
  configureVitest({ vitest }) {
    const provide = vitest.provide.bind(vitest);
    vitest.provide = ((key: string, value: unknown) => {
      if (key === 'mode') {
        for (const project of vitest.projects) project.config.isolate = value !== 'mutant';
      }
      (provide as (key: string, value: unknown) => void)(key, value);
    }) as typeof vitest.provide;
  },
};

/**
 * A package's vitest configuration as mutation testing runs it: type tests off (a mutant
 * changes what code does, never its types), properties time-limited (`mutation-setup.ts`), and
 * test files isolated in the dry run only (`isolateOnlyTheDryRun`).
 *
 * @param base - the package's own vitest configuration
 * @returns the configuration for `stryker run`
 */
export const mutationVitestConfig = (base: ViteUserConfig): ViteUserConfig =>
  mergeConfig(
    base,
    defineConfig({
      plugins: [isolateOnlyTheDryRun],
      test: {
        typecheck: { enabled: false },
        setupFiles: [fileURLToPath(new URL('./mutation-setup.ts', import.meta.url))],
      },
    }),
  );
