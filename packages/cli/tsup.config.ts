import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.ts';

/**
 * Three entries: `index` is the programmatic API (`run(argv, io)`), `main` is the `reckon` bin,
 * and `extract-worker` is the module piscina loads in each worker thread of
 * `reckon extract --jsonl --jobs N` (it must be a file of its own, next to the shared chunk).
 * The bin's `#!/usr/bin/env node` line is written at the top of `src/main.ts`: esbuild keeps a
 * hashbang that starts an entry, and tsup then marks that file executable. tsup's `banner`
 * option would do the same but for every entry at once, putting a hashbang on the library
 * entry too. Only the library entry needs declarations. Splitting puts the code both entries
 * use in one shared chunk, so the bin does not carry a second copy of the library.
 */
export default defineConfig({
  ...packageBuild({
    index: 'src/index.ts',
    main: 'src/main.ts',
    'extract-worker': 'src/jsonl/extract-worker.ts',
  }),
  dts: { entry: { index: 'src/index.ts' } },
  splitting: true,
});
