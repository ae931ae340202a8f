import { defineConfig } from 'vitest/config';
import { processTimeouts } from '../../test-support/process-timeouts.ts';

// The test runs `npm start` in a child process, which imports the built @reckon/range by
// name exactly as a user's project would; nothing here resolves to source.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], ...processTimeouts } });
