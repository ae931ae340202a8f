import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, PACKAGE_DIR, SEED, STACK_LINE } from './helpers/reckon';

describe('a standard output closed early', () => {
  it('reckon render seed | a reader that has gone: one line on stderr, exit 1, no stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'render', SEED], {
      cwd: PACKAGE_DIR,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Close the reading end before the child can write: its first write meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe(
      'reckon: standard output was closed before all output was written; stopped\n',
    );
    expect(code).toBe(1);
  });

  it('reckon render seed | head -c 10: the reader gets 10 bytes, no stack trace anywhere', async () => {
    const shell = spawn(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" render "${SEED}" | head -c 10`],
      {
        cwd: PACKAGE_DIR,
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    shell.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    shell.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => shell.on('close', resolve));
    expect(code).toBe(0); // the pipeline's status is head's
    expect(Buffer.byteLength(stdout)).toBe(10);
    // Whether reckon finished writing before head left is a race; either way, no trace.
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr).not.toContain('Error');
  });
});
