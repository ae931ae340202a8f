import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pack } from '../packaging/pack';
import { runOrThrow } from '../packaging/run';
import { repoRoot } from '../packaging/workspace';

/**
 * Packs `@reckon/range` as npm would publish it and installs the tarball into a fresh app
 * outside the repository, so that sizes are measured on what a user's bundler receives:
 * the published `dist/`, its `package.json` (`"sideEffects": false`) and nothing else.
 *
 * @returns the app's folder; the package is at `node_modules/@reckon/range`
 * @throws Error with npm's output, when packing or installing fails
 */
export function installPackedRange(): string {
  const app = mkdtempSync(join(tmpdir(), 'reckon-size-app-'));
  const { tarball } = pack(join(repoRoot, 'packages/range'), app);
  const manifest = {
    name: 'reckon-size-app',
    private: true,
    type: 'module',
    dependencies: { '@reckon/range': `file:${tarball}` },
  };
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  runOrThrow(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    app,
  );
  return app;
}
