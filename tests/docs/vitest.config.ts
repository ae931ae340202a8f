import { defineConfig } from 'vitest/config';
import { processTimeouts } from '../../test-support/process-timeouts.ts';

// TypeDoc reads every package's program, which takes a minute or more on a busy machine:
// `npm run test:docs` runs this on its own, outside turbo's cache, since any package's
// source changes the pages.
export default defineConfig({
  test: { include: ['tests/docs/**/*.test.ts'], ...processTimeouts },
});
