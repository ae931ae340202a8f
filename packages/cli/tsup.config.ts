import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.ts';

/**
 * Two entry points: `index` is the programmatic API (`run(argv, io)`), `main` is the `reckon`
 * bin. The bin's `#!/usr/bin/env node` line is written at the top of `src/main.ts`: esbuild
 * keeps a hashbang that starts a file, and tsup then marks that file executable. Each module
 * is its own file, so the bin imports the library's modules rather than carrying a copy, and
 * `src/jsonl/extract-worker.ts`, the module piscina loads in each worker thread of
 * `reckon extract --jsonl --jobs N`, is built to `dist/jsonl/extract-worker.js` beside the module
 * that loads it.
 */
export default defineConfig(packageBuild(['src/index.ts', 'src/main.ts']));
