import type { ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import type { Paint } from '../text/colour';

/** What a command runs with: the streams, and the colours for stdout and stderr. */
export interface Context {
  readonly io: CliIo;
  /** Styles for standard output (plain unless it is a terminal). */
  readonly out: Paint;
  /** Styles for standard error (plain unless it is a terminal). */
  readonly err: Paint;
}

/** One `reckon` command. */
export interface Command {
  readonly name: string;
  /** One line for the command list of `reckon --help`. */
  readonly summary: string;
  /** The usage line: `reckon render <file|-> [options]`. */
  readonly usage: string;
  /** The whole `--help` text. */
  readonly help: string;
  /**
   * Runs the command.
   *
   * @param argv - the arguments after the command's name
   * @param context - streams and colours
   * @returns the exit code
   * @throws {CliError} for usage, input and output failures; `run` prints them
   */
  readonly run: (argv: readonly string[], context: Context) => Promise<ExitCode>;
}
