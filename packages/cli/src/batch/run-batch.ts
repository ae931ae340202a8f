import { ReckonError } from '@reckon/range';
import type { Context } from '../commands/command';
import { CliError } from '../errors';
import { EXIT, type ExitCode } from '../exit-codes';
import type { ExpandedInput } from '../input/expand-inputs';
import { type Annotation, annotationLine, annotationOfProblem } from '../output/github-annotations';
import type { OutputFormat } from '../output/output-format';
import { type Problem, problemOfError } from '../output/problem';
import { writeJson } from '../output/write-json';
import { plural } from '../text/plural';
import { oneLine } from '../text/terminal-text';

/** What one file of a run came to. */
export interface FileResult {
  readonly exitCode: ExitCode;
  readonly problems: readonly Problem[];
  /** In text format: the lines for standard output, already escaped for a terminal. */
  readonly stdout?: string;
  /** In text format: the lines for standard error, already escaped for a terminal. */
  readonly stderr?: string;
  /** The command's own fields of this file's entry in the JSON document. */
  readonly json?: Readonly<Record<string, unknown>>;
  /** In github format: annotations beside those of the problems (findings, say). */
  readonly annotations?: readonly Annotation[];
}

/** One run of a command over its inputs. */
export interface Batch {
  readonly command: string;
  readonly format: OutputFormat;
  readonly inputs: readonly ExpandedInput[];
  /**
   * Handles one file. A `CliError` (or a `ReckonError` from a library) it throws fails that
   * file alone; the run goes on with the next.
   */
  readonly each: (input: ExpandedInput & { kind: 'file' }) => Promise<FileResult>;
  /** Where the text format's closing summary goes: stdout, or stderr when stdout is a brief. */
  readonly summaryTo: 'stdout' | 'stderr';
  /** How a file that passed and one that failed are described: `valid`, `not valid`. */
  readonly words: { readonly ok: string; readonly failed: string };
}

/** The JSON document every command writes with `--json`, on success and on failure. */
export interface JsonReport {
  readonly command: string | null;
  readonly ok: boolean;
  readonly exitCode: ExitCode;
  readonly summary: {
    readonly files: number;
    readonly ok: number;
    readonly failed: number;
    readonly problems: number;
  };
  readonly files: readonly Readonly<Record<string, unknown>>[];
  readonly problems: readonly Problem[];
}

/** How an input is named in reports: `-` is standard input. */
const inputName = (argument: string): string => (argument === '-' ? '<stdin>' : argument);

const worst = (a: ExitCode, b: ExitCode): ExitCode => (a > b ? a : b);

/**
 * The JSON document of a run that failed before any file was read: a usage error, say.
 *
 * @param command - the command, when the command line named one
 * @param error - the failure
 * @returns the document, with the failure as its one problem
 * @throws never
 * @example
 * ```ts
 * failureReport('validate', new UsageError('"reckon validate" needs a file')).exitCode; // => 2
 * ```
 */
export function failureReport(command: string | null, error: CliError): JsonReport {
  return {
    command,
    ok: false,
    exitCode: error.exitCode,
    summary: { files: 0, ok: 0, failed: 0, problems: 1 },
    files: [],
    problems: [problemOfError(undefined, error)],
  };
}

/**
 * Runs a command over each of its inputs in turn and reports in the format asked for: in
 * text, each file's own lines as it is done and, for more than one file, a summary; in JSON,
 * one document at the end; for GitHub, one annotation per problem and the summary. A file
 * that fails does not stop the others.
 *
 * @param batch - the command, format, inputs and what to do with each
 * @param context - the streams and colours
 * @returns the worst exit code of all files
 * @throws whatever `batch.each` throws that is not a Reckon failure (an internal error)
 * @example
 * ```ts
 * const code = await runBatch({ command: 'validate', format: 'json', inputs, each, summaryTo: 'stdout', words: { ok: 'valid', failed: 'not valid' } }, context);
 * ```
 */
export async function runBatch(batch: Batch, context: Context): Promise<ExitCode> {
  const { io, err } = context;
  const files: Record<string, unknown>[] = [];
  const problems: Problem[] = [];
  let exitCode: ExitCode = EXIT.ok;
  let passed = 0;
  for (const input of batch.inputs) {
    let result: FileResult;
    try {
      if (input.kind === 'error') throw input.error;
      result = await batch.each(input);
    } catch (error) {
      if (!(error instanceof ReckonError)) throw error;
      const failure =
        error instanceof CliError
          ? problemOfError(inputName(input.argument), error)
          : {
              file: inputName(input.argument),
              code: error.code,
              message: error.message,
            };
      const code = error instanceof CliError ? error.exitCode : EXIT.failure;
      result = {
        exitCode: code,
        problems: [failure],
        stderr: `${err.red('reckon:')} ${oneLine(error.message)}\n`,
      };
    }
    exitCode = worst(exitCode, result.exitCode);
    if (result.exitCode === EXIT.ok) passed += 1;
    problems.push(...result.problems);
    files.push({
      file: inputName(input.argument),
      ok: result.exitCode === EXIT.ok,
      exitCode: result.exitCode,
      ...result.json,
    });
    if (batch.format === 'text') {
      if (result.stdout) io.stdout.write(result.stdout);
      if (result.stderr) io.stderr.write(result.stderr);
    } else if (batch.format === 'github') {
      let lines = '';
      for (const problem of result.problems) lines += annotationLine(annotationOfProblem(problem));
      for (const annotation of result.annotations ?? []) lines += annotationLine(annotation);
      io.stdout.write(lines);
    }
  }
  const count = batch.inputs.length;
  const summary = { files: count, ok: passed, failed: count - passed, problems: problems.length };
  if (batch.format === 'json') {
    const report: JsonReport = {
      command: batch.command,
      ok: exitCode === EXIT.ok,
      exitCode,
      summary,
      files,
      problems,
    };
    writeJson(io.stdout, report);
  } else if (count > 1 || batch.format === 'github') {
    const line = `${plural(count, 'file')}: ${passed} ${batch.words.ok}, ${summary.failed} ${batch.words.failed}; ${plural(problems.length, 'problem')}\n`;
    (batch.format === 'github' || batch.summaryTo === 'stdout' ? io.stdout : io.stderr).write(line);
  }
  return exitCode;
}
