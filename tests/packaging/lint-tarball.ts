import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { run } from './run';
import { repoRoot } from './workspace';

/**
 * publint's findings for a packed tarball, every level including suggestions, warnings
 * raised to errors: the list is empty for a package that is ready to publish.
 */
export async function publintProblems(tarball: string): Promise<string[]> {
  const bytes = readFileSync(tarball);
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages, pkg } = await publint({
    pack: { tarball: arrayBuffer },
    level: 'suggestion',
    strict: true,
  });
  return messages.map((message) => formatMessage(message, pkg) ?? message.code);
}

/**
 * arethetypeswrong on a packed tarball under the `esm-only` profile: Reckon ships no
 * CommonJS copy on purpose (see DESIGN.md), so "CommonJS resolves to ESM" is expected; every
 * other rule applies. Returns the report when something is wrong, `null` when all is well.
 */
export function attwProblems(tarball: string): string | null {
  const attw = join(repoRoot, 'node_modules/.bin/attw');
  const result = run(
    attw,
    [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color'],
    repoRoot,
  );
  return result.ok ? null : result.output;
}
