import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

/**
 * A package's vitest configuration as mutation testing runs it: type tests off (a mutant
 * changes what code does, never its types) and properties time-limited (`mutation-setup.ts`).
 *
 * @param base - the package's own vitest configuration
 * @returns the configuration for `stryker run`
 */
export const mutationVitestConfig = (base: ViteUserConfig): ViteUserConfig =>
  mergeConfig(
    base,
    defineConfig({
      test: {
        typecheck: { enabled: false },
        setupFiles: [fileURLToPath(new URL('./mutation-setup.ts', import.meta.url))],
      },
    }),
  );
