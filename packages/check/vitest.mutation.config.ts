import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * The tests as mutation testing runs them: type tests off (a mutant changes what code does,
 * never its types), and properties at a fixed, smaller number of runs
 * (`vitest.mutation.setup.ts`). Not the shared `mutationVitestConfig`: its time limit on
 * properties would cut the soundness property short of the runs its last test counts.
 *
 * Test files share one module cache (`isolate: false`): a mutant reruns the tests of several
 * files, and importing zod, @reckon/schema and @reckon/range afresh for each file was most of
 * a mutant's time (six files: 26 s isolated, 7 s shared). Mutants are switched at run time, so
 * a cached module still runs the active one; no test of this package mocks or patches a module.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      typecheck: { enabled: false },
      isolate: false,
      setupFiles: [fileURLToPath(new URL('./vitest.mutation.setup.ts', import.meta.url))],
    },
  }),
);
