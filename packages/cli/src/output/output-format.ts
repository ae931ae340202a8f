import { UsageError } from '../errors';
import { messages } from '../messages';

/** How a command reports: lines for people, one JSON document, or GitHub Actions annotations. */
export type OutputFormat = 'text' | 'json' | 'github';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'github'];

/**
 * The output format a command line asks for: `--format text|json|github`, with `--json`
 * short for `--format json`.
 *
 * @param command - the command's name, for messages
 * @param values - the parsed `format` and `json` options
 * @returns the format; `text` when neither is given
 * @throws {UsageError} for an unknown format, or `--json` beside another `--format`
 * @example
 * ```ts
 * outputFormat('validate', { json: true }); // => 'json'
 * outputFormat('validate', { format: 'github' }); // => 'github'
 * outputFormat('validate', { format: 'xml' }); // throws UsageError
 * ```
 */
export function outputFormat(
  command: string,
  values: { readonly format?: string | undefined; readonly json?: boolean | undefined },
): OutputFormat {
  const format = values.format;
  if (format === undefined) return values.json ? 'json' : 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(messages.badChoice(command, '--format', format, FORMATS));
  }
  if (values.json && format !== 'json') {
    throw new UsageError(messages.jsonAndFormat(command, format));
  }
  return format as OutputFormat;
}

/**
 * Whether a command line asks for JSON (`--json`, `--format json` or `--format=json` before
 * any `--`), read from the raw arguments, so that even a command line that cannot be parsed
 * is answered with a JSON document.
 *
 * @param argv - the arguments after `reckon`
 * @returns `true` when JSON is asked for
 * @throws never
 * @example
 * ```ts
 * wantsJson(['validate', 'a.json', '--json']); // => true
 * wantsJson(['validate', '--format', 'json', '--bogus']); // => true
 * wantsJson(['validate', '--', '--json']); // => false
 * ```
 */
export function wantsJson(argv: readonly string[]): boolean {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') return false;
    if (arg === '--json' || arg === '--format=json') return true;
    if (arg === '--format' && argv[i + 1] === 'json') return true;
  }
  return false;
}
