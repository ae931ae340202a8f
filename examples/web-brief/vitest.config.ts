import { defineConfig } from 'vitest/config';
import { processTimeouts } from '../../test-support/process-timeouts.ts';

// A real browser starts in seconds, not milliseconds.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], ...processTimeouts } });
