import { parseArgs } from 'node:util';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { suggest } from '../text/suggest';

/** One option a command accepts. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
}

/** The values parsed for a set of options: a string or a boolean each, when given. */
export type OptionValues<O extends Readonly<Record<string, OptionSpec>>> = {
  readonly [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

/** What a command line held: option values and positional arguments. */
export interface ParsedArgs<O extends Readonly<Record<string, OptionSpec>>> {
  readonly values: OptionValues<O>;
  readonly positionals: readonly string[];
}

// parseArgs quotes the option as typed ('--jsn', '-x') or as declared ('-o, --out <value>'):
// take the long name when there is one.
const QUOTED_OPTION = /'(?:-\w, )?(-{1,2}[^' ,]+)/;

/**
 * Parses a command's arguments with `node:util` `parseArgs` in strict mode, and turns its
 * errors into one-line usage errors that name the command, the option and, for a typo, the
 * option that was probably meant.
 *
 * @param command - the command's name, for messages
 * @param argv - the arguments after the command name
 * @param options - the options the command accepts
 * @returns the option values and positional arguments
 * @throws {UsageError} for an unknown option, a missing value, or a value given to a flag
 * @example
 * ```ts
 * const { values, positionals } = parseCommandArgs('render', ['seed.json', '--style', 'short'], {
 *   style: { type: 'string' },
 * });
 * values.style; // => 'short'
 * positionals; // => ['seed.json']
 * ```
 */
export function parseCommandArgs<O extends Readonly<Record<string, OptionSpec>>>(
  command: string,
  argv: readonly string[],
  options: O,
): ParsedArgs<O> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: options as Record<string, OptionSpec>,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as OptionValues<O>, positionals };
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
    const text = error instanceof Error ? error.message : '';
    const option = QUOTED_OPTION.exec(text)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const names = Object.keys(options).map((name) => `--${name}`);
      const guess = option.startsWith('--') ? suggest(option, names) : undefined;
      throw new UsageError(messages.unknownOption(command, option, guess));
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (text.includes('does not take an argument')) {
        throw new UsageError(messages.unexpectedValue(command, option));
      }
      throw new UsageError(messages.missingValue(command, option));
    }
    throw error;
  }
}

/**
 * The one input file a command reads: its single positional argument.
 *
 * @param command - the command's name, for messages
 * @param positionals - the positional arguments
 * @returns the path, or `-` for standard input
 * @throws {UsageError} when there is none, or more than one
 * @example
 * ```ts
 * oneFile('validate', ['dossier.json']); // => 'dossier.json'
 * oneFile('validate', []); // throws UsageError
 * ```
 */
export function oneFile(command: string, positionals: readonly string[]): string {
  const [file, extra] = positionals;
  if (file === undefined || file === '') throw new UsageError(messages.missingFile(command));
  if (extra !== undefined) throw new UsageError(messages.tooManyArguments(command, extra));
  return file;
}
