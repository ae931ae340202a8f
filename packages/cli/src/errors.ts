/**
 * The failures `run` turns into a one-line message on stderr and an exit code. They never
 * leave `run`: a caller gets the exit code, a user gets the message. Each extends
 * `ReckonError` so code that catches Reckon failures catches these too; `code` is stable.
 */
import { ReckonError } from '@reckon/range';
import { EXIT, type ExitCode } from './exit-codes';

/** The stable codes of the CLI's own failures. */
export type CliErrorCode = 'CLI_USAGE' | 'CLI_INPUT' | 'CLI_OUTPUT' | 'CLI_INTERNAL';

/**
 * A failure of the command line, its input or its output, with the exit code it ends with.
 *
 * @param code - `CLI_USAGE` (exit 2), `CLI_INPUT`, `CLI_OUTPUT` or `CLI_INTERNAL` (a bug; exit 1)
 * @param message - one line: what went wrong, where, and what would be right
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * const error = new CliError('CLI_USAGE', 'unknown command "rendr" (did you mean "render"?)');
 * error.exitCode; // => 2
 * ```
 */
export class CliError extends ReckonError {
  declare readonly code: CliErrorCode;
  readonly exitCode: ExitCode;

  constructor(code: CliErrorCode, message: string) {
    super(code, message);
    this.name = 'CliError';
    this.exitCode = code === 'CLI_USAGE' ? EXIT.usage : EXIT.failure;
  }
}

/**
 * The command line is wrong: an unknown command or option, a missing argument, a bad value.
 *
 * @param message - what is wrong and what would be right
 * @returns a new error (use with `new`); it ends the run with exit code 2
 * @throws never
 * @example
 * ```ts
 * throw new UsageError('render needs a file: give a path, or - to read standard input');
 * ```
 */
export class UsageError extends CliError {
  constructor(message: string) {
    super('CLI_USAGE', message);
    this.name = 'UsageError';
  }
}

/** Where in an input a problem is, both 1-based. */
export interface InputPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * The input cannot be read as asked: missing, a directory, binary, not UTF-8, too large, not
 * JSON or YAML, or JSON with a duplicate key.
 *
 * @param message - what is wrong with which input, and what would be right
 * @param at - where in the input, when the parser says (the message says it too), so that
 *   `--json` and `--format github` can report the line and column apart
 * @returns a new error (use with `new`); it ends the run with exit code 1
 * @throws never
 * @example
 * ```ts
 * throw new InputError('dossier.json: no such file');
 * ```
 */
export class InputError extends CliError {
  readonly at: InputPosition | undefined;

  constructor(message: string, at?: InputPosition) {
    super('CLI_INPUT', message);
    this.name = 'InputError';
    this.at = at;
  }
}

/**
 * The output cannot be written: `--out` names a directory or a folder that does not exist,
 * or the disk refused.
 *
 * @param message - what could not be written where, and why
 * @returns a new error (use with `new`); it ends the run with exit code 1
 * @throws never
 * @example
 * ```ts
 * throw new OutputError('cannot write brief.md: permission denied');
 * ```
 */
export class OutputError extends CliError {
  constructor(message: string) {
    super('CLI_OUTPUT', message);
    this.name = 'OutputError';
  }
}
