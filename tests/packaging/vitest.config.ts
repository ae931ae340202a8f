import { defineConfig } from 'vitest/config';
import { processTimeouts } from '../../test-support/process-timeouts.ts';

// Packing, installing and type-checking real tarballs takes tens of seconds, not a
// unit test's milliseconds.
export default defineConfig({
  test: { include: ['packaging/**/*.test.ts'], ...processTimeouts },
});
