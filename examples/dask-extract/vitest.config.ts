import { defineConfig } from 'vitest/config';

// The test runs the Python script in a child process, which pipes records through the built
// reckon bin exactly as a user's cluster would; nothing here resolves to source.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
