import { defineConfig } from 'vitest/config';
import { processTimeouts } from '../../test-support/process-timeouts.ts';

// The test runs `npm start` and `node validate.mjs` in child processes.
export default defineConfig({ test: { include: ['test/**/*.test.mjs'], ...processTimeouts } });
