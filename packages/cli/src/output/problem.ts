import type { CliError } from '../errors';
import { InputError } from '../errors';
import type { LocatedIssue } from '../input/load-dossier';

/**
 * One problem with one input, as `--json` and `--format github` report it: a validation issue
 * (`code` from @reckon/schema, e.g. `invalid_type`) or a failure to read or parse the input
 * (`code` `CLI_INPUT`, `CLI_OUTPUT` or `CLI_USAGE`).
 */
export interface Problem {
  /** The input as the user named it, or `<stdin>`; absent for a command-line error. */
  readonly file?: string;
  readonly code: string;
  readonly message: string;
  /** The path in the dossier, as `formatPath` writes it; `''` is the document itself. */
  readonly path?: string;
  /** 1-based, when the source shows where. */
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;
}

/**
 * A validation issue as a problem of the file it was found in.
 *
 * @param file - the input's name
 * @param issue - from `loadDossier`
 * @returns the problem
 * @throws never
 * @example
 * ```ts
 * problemOfIssue('a.json', { path: 'actors', code: 'invalid_type', message: 'expected an array', line: 2, column: 3 });
 * // => { file: 'a.json', path: 'actors', code: 'invalid_type', message: 'expected an array', line: 2, column: 3 }
 * ```
 */
export function problemOfIssue(file: string, issue: LocatedIssue): Problem {
  return { file, ...issue };
}

/**
 * A failure of the CLI (an input that cannot be read, an output that cannot be written, a
 * bad command line) as a problem; a parse error keeps its line and column.
 *
 * @param file - the input it is about, if any
 * @param error - the failure
 * @returns the problem
 * @throws never
 * @example
 * ```ts
 * problemOfError('a.json', new InputError('a.json:2:3: not valid JSON: x', { line: 2, column: 3 }));
 * // => { file: 'a.json', code: 'CLI_INPUT', message: 'a.json:2:3: not valid JSON: x', line: 2, column: 3 }
 * ```
 */
export function problemOfError(file: string | undefined, error: CliError): Problem {
  const at = error instanceof InputError ? error.at : undefined;
  return {
    ...(file === undefined ? {} : { file }),
    code: error.code,
    message: error.message,
    ...(at ? { line: at.line, column: at.column } : {}),
  };
}
