import { defineConfig } from 'vitest/config';

// A real browser starts in seconds, not milliseconds; these limits only stop a hang.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});
