import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built bin: these tests run `reckon` as a user does, not its functions. */
export const BIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** The cli package folder, where relative fixture paths start. */
export const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** The seed dossier, as the example ships it. */
export const SEED = fileURLToPath(
  new URL('../../../../examples/cambodia-scam-economy/dossier.json', import.meta.url),
);

/** A fixture of these tests by name. */
export const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** What a run of the bin ended with. */
export interface Result {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Written to the child's standard input, which is then closed. */
  readonly input?: string | Uint8Array;
  /** A file descriptor to give the child as standard input instead. */
  readonly stdinFd?: number;
  /** Added to the environment (which has NO_COLOR and FORCE_COLOR removed first). */
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Options for node itself, before the bin (`--max-old-space-size=96`). */
  readonly nodeArgs?: readonly string[];
}

/** The environment of a run: the test's own, without colour settings a CI may have set. */
export function cleanEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...env } = process.env;
  return { ...env, ...extra };
}

/**
 * Runs the built `reckon` with arguments and collects its exit code and output.
 *
 * @param args - the arguments after `reckon`
 * @param options - standard input, environment and working directory
 * @returns the exit code, signal, stdout and stderr
 */
export function reckon(args: readonly string[], options: RunOptions = {}): Promise<Result> {
  if (!existsSync(BIN)) {
    throw new Error(
      `${BIN} is missing: build first with "npx turbo run build --filter=@reckon/cli..."`,
    );
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      cwd: options.cwd ?? PACKAGE_DIR,
      env: cleanEnv(options.env),
      stdio: [options.stdinFd ?? 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    // Both are pipes, as `stdio` asks; only standard input may be a descriptor.
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (child.stdin) {
      // The child may exit before reading everything (an input refused as too large).
      child.stdin.on('error', () => {});
      child.stdin.end(options.input ?? '');
    }
  });
}

/** A stack trace line, as Node prints them: nothing the CLI writes may contain one. */
export const STACK_LINE = /^\s+at .+[(:]\d+/m;

/** ANSI escape sequences (ESC then "["): none may appear when colour is off. */
export const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

/** One problem of the JSON document every command writes with `--json`. */
export interface JsonProblem {
  readonly file?: string;
  readonly code: string;
  readonly message: string;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;
}

/** The JSON document every command writes with `--json`, on success and on failure. */
export interface JsonReport {
  readonly command: string | null;
  readonly ok: boolean;
  readonly exitCode: number;
  readonly summary: { files: number; ok: number; failed: number; problems: number };
  readonly files: readonly ({ file: string; ok: boolean; exitCode: number } & Record<
    string,
    unknown
  >)[];
  readonly problems: readonly JsonProblem[];
}
