import { defineConfig } from 'vitest/config';

// Packing, installing and type-checking real tarballs takes tens of seconds, not a
// unit test's milliseconds; the limits below only stop a hung npm.
export default defineConfig({
  test: {
    include: ['packaging/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
