import { execFileSync } from 'node:child_process';

export interface RunResult {
  readonly ok: boolean;
  readonly output: string;
}

/** Runs a command without a shell and keeps what it printed, whether it passed or not. */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): RunResult {
  try {
    const output = execFileSync(command, args, {
      cwd,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` || failed.message };
  }
}

/** Like {@link run}, but throws with the command's output when it fails. */
export function runOrThrow(command: string, args: readonly string[], cwd: string): string {
  const result = run(command, args, cwd);
  if (!result.ok)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.output}`);
  return result.output;
}
