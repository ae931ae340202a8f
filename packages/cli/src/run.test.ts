import { describe, expect, it } from 'vitest';
import type { CliIo } from './io';
import { run } from './run';

/** An io that records what is written, with a terminal or not, and optional stdin text. */
function memoryIo(options: { tty?: boolean; env?: Record<string, string>; stdin?: string } = {}) {
  const written = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdin: {
      async *[Symbol.asyncIterator]() {
        if (options.stdin !== undefined) yield options.stdin;
      },
    },
    stdout: { write: (text: string) => (written.stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (written.stderr += text), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: process.cwd(),
  };
  return { io, written };
}

describe('run', () => {
  it('runs a command against the streams it is given (the TSDoc example)', async () => {
    let out = '';
    const code = await run(['schema', '--list'], {
      stdin: process.stdin,
      stdout: { write: (text: string) => (out += text) },
      stderr: process.stderr,
      env: {},
      cwd: process.cwd(),
    });
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('dossier');
  });

  it('returns 2 and writes one line for a usage error, never throwing', async () => {
    const { io, written } = memoryIo();
    await expect(run(['frobnicate'], io)).resolves.toBe(2);
    expect(written.stderr).toBe(
      'reckon: unknown command "frobnicate": run "reckon --help" for the list\n',
    );
    expect(written.stdout).toBe('');
  });

  it('reads - from the stdin it is given', async () => {
    const { io, written } = memoryIo({ stdin: 'schemaVersion: "0.2"\n' });
    await expect(run(['validate', '-'], io)).resolves.toBe(0);
    expect(written.stdout).toBe(
      '<stdin>: valid dossier: 0 actors, 0 sources, 0 reports, 0 claims, 0 estimates, 0 responses\n',
    );
  });

  it('colours a terminal, and not with NO_COLOR', async () => {
    const coloured = memoryIo({ tty: true });
    await run(['nope'], coloured.io);
    expect(coloured.written.stderr).toBe(
      '\u001b[31mreckon:\u001b[39m unknown command "nope": run "reckon --help" for the list\n',
    );
    const plain = memoryIo({ tty: true, env: { NO_COLOR: '1' } });
    await run(['nope'], plain.io);
    expect(plain.written.stderr).not.toContain('\u001b[');
  });

  it('turns an unexpected failure into one line and exit 1', async () => {
    const { io, written } = memoryIo();
    const broken: CliIo = {
      ...io,
      stdin: {
        // biome-ignore lint/correctness/useYield: a stream that fails before yielding anything
        async *[Symbol.asyncIterator]() {
          throw Object.assign(new Error('device gone'), { code: 'EIO' });
        },
      },
    };
    await expect(run(['extract', '-'], broken)).resolves.toBe(1);
    expect(written.stderr).toBe('reckon: standard input: cannot be read (EIO)\n');
  });
});
