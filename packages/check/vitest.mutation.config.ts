import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * The tests as mutation testing runs them: type tests off (a mutant changes what code does,
 * never its types), and properties at a fixed, smaller number of runs
 * (`vitest.mutation.setup.ts`). Not the shared `mutationVitestConfig`: its time limit on
 * properties would cut the soundness property short of the runs its last test counts.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      typecheck: { enabled: false },
      setupFiles: [fileURLToPath(new URL('./vitest.mutation.setup.ts', import.meta.url))],
    },
  }),
);
