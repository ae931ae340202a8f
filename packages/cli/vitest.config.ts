import { defineConfig, mergeConfig } from 'vitest/config';
import { processTimeouts } from '../../test-support/process-timeouts.ts';
import shared from '../../vitest.shared.ts';

// The tests under test/ run the built `reckon` bin in child processes, as a user does.
export default mergeConfig(shared, defineConfig({ test: { ...processTimeouts } }));
