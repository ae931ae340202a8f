import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

// Cross-package tests on source; the packaging tests have their own config.
export default mergeConfig(shared, defineConfig({ test: { include: ['readme/**/*.test.ts'] } }));
