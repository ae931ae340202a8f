#!/usr/bin/env node
/**
 * The `reckon` bin: runs the CLI against the process's own streams. A closed standard output
 * (`reckon render dossier.json | head`) ends the run with one line on stderr and exit code 1,
 * not with Node's unhandled EPIPE stack trace.
 */
import type { CliIo } from './io';
import { messages } from './messages';
import { run } from './run';
import { standardOutput } from './standard-output';

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';

process.stdout.on('error', (error) => {
  const code = errorCode(error);
  process.stderr.write(
    code === 'EPIPE'
      ? `reckon: ${messages.stdoutClosed}\n`
      : `reckon: ${messages.cannotWrite('standard output', code)}\n`,
  );
  process.exit(1);
});
// With standard error gone there is nowhere left to say anything.
process.stderr.on('error', () => process.exit(1));

const io: CliIo = {
  // Touch process.stdin only when a command reads `-`: creating it can hold the process open.
  stdin: {
    fd: 0,
    [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
  },
  stdout: standardOutput(),
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
};

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // `run` catches everything; this is the last guard against a stack trace.
    process.stderr.write(`reckon: ${messages.internal(String(error))}\n`);
    process.exitCode = 1;
  },
);
