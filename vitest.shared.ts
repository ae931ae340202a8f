import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests run on TypeScript source: the `@reckon/source` export condition points each
 * workspace package at its `src/index.ts`, so no test waits for a build (as zod does).
 */
export const sourceConditions = ['@reckon/source', 'module', 'node', 'import', 'default'];

/** Tests that need what lies beside the repository; see `vitest.peers.ts`. */
export const peersTests = '**/*.peers.test.ts';

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // `*.peers.test.ts` read material kept beside the repository, not in it (the seed article,
    // peer libraries' specs): a clone has none of it, so they run under `npm run test:peers`.
    exclude: [...configDefaults.exclude, peersTests],
    // A guard against hangs, not a timing assertion: property tests with hundreds of runs take
    // seconds on a loaded two-core machine, with turbo running other packages' tests beside.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
  },
});
