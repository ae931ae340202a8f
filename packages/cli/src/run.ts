import { ReckonError } from '@reckon/range';
import { failureReport } from './batch/run-batch';
import type { Context } from './commands/command';
import { COMMANDS } from './commands/index';
import { CliError, UsageError } from './errors';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliIo } from './io';
import { messages } from './messages';
import { wantsJson } from './output/output-format';
import { writeJson } from './output/write-json';
import { paint, wantsColour } from './text/colour';
import { mainHelp } from './text/main-help';
import { suggest } from './text/suggest';
import { oneLine } from './text/terminal-text';
import { VERSION } from './version';

/** `--help` or `-h` anywhere before a `--` asks for help, whatever else is on the line. */
function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

async function dispatch(argv: readonly string[], context: Context): Promise<ExitCode> {
  const { io } = context;
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError(messages.noCommand);
  if (first === '--help' || first === '-h' || first === 'help') {
    const named = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && named === undefined) {
      const names = COMMANDS.map((c) => c.name);
      throw new UsageError(messages.unknownCommand(rest[0], suggest(rest[0], names)));
    }
    io.stdout.write(named ? named.help : mainHelp(COMMANDS));
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (first.startsWith('-') && first !== '-')
    throw new UsageError(messages.unknownGlobalOption(first));
  const command = COMMANDS.find((c) => c.name === first);
  if (command === undefined) {
    const names = COMMANDS.map((c) => c.name);
    throw new UsageError(messages.unknownCommand(first, suggest(first, names)));
  }
  if (wantsHelp(rest)) {
    io.stdout.write(command.help);
    return EXIT.ok;
  }
  return command.run(rest, context);
}

/**
 * Runs `reckon` with the given arguments against the given streams, as the `reckon` bin does
 * with the process's own: `run(process.argv.slice(2), io)`. Every failure ends as one line on
 * `io.stderr` and an exit code, never an exception or a stack trace: 0 done, 1 invalid input,
 * an error finding, or a file that cannot be read or written, 2 usage error.
 *
 * @param argv - the arguments after `reckon`, e.g. `['validate', 'dossier.json']`
 * @param io - standard input, output and error, the environment and the working directory
 * @returns the exit code
 * @throws never
 * @example
 * ```ts
 * import { run } from '@reckon/cli';
 * let out = '';
 * const code = await run(['schema', '--list'], {
 *   stdin: process.stdin,
 *   stdout: { write: (text: string) => (out += text) },
 *   stderr: process.stderr,
 *   env: {},
 *   cwd: process.cwd(),
 * });
 * code; // => 0
 * out.split('\n')[0]; // => 'dossier'
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const err = paint(wantsColour(io.stderr, io.env));
  const context: Context = { io, out: paint(wantsColour(io.stdout, io.env)), err };
  // With --json even a failure is answered on stdout, as the one JSON document of the run.
  const json = wantsJson(argv);
  const command = COMMANDS.find((c) => c.name === argv[0])?.name ?? null;
  const fail = (error: CliError): ExitCode => {
    try {
      if (json) {
        writeJson(io.stdout, failureReport(command, error));
        return error.exitCode;
      }
    } catch {
      // Standard output cannot take the document (it is not open): say it on stderr instead.
    }
    io.stderr.write(`${err.red('reckon:')} ${oneLine(error.message)}\n`);
    return error.exitCode;
  };
  try {
    return await dispatch(argv, context);
  } catch (error) {
    if (error instanceof CliError) return fail(error);
    // A library refused the data (a range it cannot format, say): the input's fault.
    if (error instanceof ReckonError) return fail(new CliError('CLI_INPUT', error.message));
    const message = error instanceof Error ? error.message : String(error);
    return fail(new CliError('CLI_INTERNAL', messages.internal(message)));
  }
}
