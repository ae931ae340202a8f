import { defineConfig } from 'vitest/config';
import { peersTests, sourceConditions } from './vitest.shared.ts';

/**
 * `npm run test:peers`: the tests that read the project's own material kept beside the
 * repository, in `../shared` (the full seed article, peer libraries' test specs). A clone
 * has none of it, so `npm test` leaves these out; CI runs them after `npm test`.
 */
export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    include: [`packages/*/src/${peersTests}`, `packages/*/test/${peersTests}`],
    testTimeout: 60_000,
  },
});
