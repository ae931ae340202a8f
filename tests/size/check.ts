/**
 * `npm run test:size`: runs size-limit, with the limits of `imports.ts`, over the packed
 * `@reckon/range` installed in a scratch app. Fails, as size-limit does, when an import
 * costs more than its limit.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../packaging/workspace';
import { installPackedRange } from './scratch-app';

const app = installPackedRange();
const sizeLimit = join(repoRoot, 'node_modules/.bin/size-limit');
const { status } = spawnSync(sizeLimit, [], {
  cwd: join(repoRoot, 'tests'),
  // The limits are TypeScript (`imports.ts`), shared with the benchmark: tsx loads them.
  env: { ...process.env, RECKON_SIZE_APP: app, NODE_OPTIONS: '--import tsx' },
  stdio: 'inherit',
});
process.exit(status ?? 1);
