import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

// Cross-package tests on source, and the tests of the shared test code; the packaging tests
// have their own config.
export default mergeConfig(
  shared,
  defineConfig({
    test: { include: ['readme/**/*.test.ts', 'test-support/**/*.test.ts', 'hostile/**/*.test.ts'] },
  }),
);
