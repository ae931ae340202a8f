import { fstatSync, readFileSync, statSync } from 'node:fs';
import { OutputError } from './errors';
import type { OutputStream } from './io';
import { messages } from './messages';

/** O_ACCMODE and O_RDWR, as Linux numbers them. */
const ACCESS_MODE = 0o3;
const READ_WRITE = 0o2;

/**
 * Whether standard output was closed when the process started (`reckon render x >&-`). Node
 * hides that: at start-up it opens `/dev/null` read-write on any closed standard descriptor,
 * so every write vanishes and the run ends with exit 0 and its output lost. A shell's
 * `> /dev/null` opens it write-only, so on Linux the two can be told apart by the descriptor's
 * access mode in `/proc/self/fdinfo/1`; elsewhere this answers `false`.
 *
 * @returns `true` when descriptor 1 is `/dev/null` opened read-write
 * @throws never
 * @example
 * ```ts
 * stdoutWasClosed(); // => false, in a test whose output is a pipe
 * ```
 */
export function stdoutWasClosed(): boolean {
  try {
    const out = fstatSync(1);
    const devNull = statSync('/dev/null');
    if (!out.isCharacterDevice() || out.rdev !== devNull.rdev) return false;
    const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return flags !== null && (Number.parseInt(flags[1]!, 8) & ACCESS_MODE) === READ_WRITE;
  } catch {
    return false;
  }
}

/**
 * Standard output as the commands see it: the process's own, or, when it was closed, a stream
 * whose first write fails, so the run ends with one line on stderr and exit 1. A command that
 * writes only to `--out` is not affected.
 *
 * @returns the stream to write to
 * @throws never (the returned stream's `write` throws {@link OutputError} when it was closed)
 * @example
 * ```ts
 * standardOutput() === process.stdout; // => true, in a test whose output is a pipe
 * ```
 */
export function standardOutput(): OutputStream {
  if (!stdoutWasClosed()) return process.stdout;
  return {
    write() {
      throw new OutputError(messages.stdoutNotOpen);
    },
  };
}
