/**
 * Scripts in this package run on the TypeScript source of the workspace packages, like the
 * tests do. tsx does not read `customConditions` from tsconfig, so a script started without
 * `--conditions=@reckon/source` restarts itself once with it; then `npx tsx <script>` works
 * without a build.
 */
import { spawnSync } from 'node:child_process';

const CONDITION = '--conditions=@reckon/source';

/**
 * Restarts the current script with the `@reckon/source` condition when it is missing.
 *
 * @param script - the script's own path (`fileURLToPath(import.meta.url)`)
 * @returns only when the condition is already active; otherwise exits with the child's status
 */
export function ensureSourceCondition(script: string): void {
  if (process.execArgv.includes(CONDITION)) return;
  const child = spawnSync(
    process.execPath,
    [CONDITION, ...process.execArgv, script, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}
