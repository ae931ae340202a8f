import { UsageError } from '../errors';
import { jsonlMessages as m } from './messages';
import { type JsonlRequest, parseJobs } from './run-jsonl';

/** The options `reckon extract` takes for its streaming mode. */
export const JSONL_OPTIONS = {
  jsonl: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  'id-field': { type: 'string' },
  'text-field': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/** Their lines in `reckon extract --help`. */
export const JSONL_HELP: readonly (readonly [string, string])[] = [
  ['--jsonl', 'read NDJSON records {"id", "text"} from each file; write a line per hit'],
  ['--id-field F', 'with --jsonl: the field holding the record id (default id)'],
  ['--text-field F', 'with --jsonl: the field holding the text (default text)'],
  ['-j, --jobs N', 'with --jsonl: threads, the main one and N-1 workers (default: the cores)'],
  ['-q, --quiet', 'with --jsonl: no progress line on a terminal'],
];

/** What the streaming mode does, for the help's description. */
export const JSONL_DESCRIPTION = [
  '',
  'With --jsonl it is a streaming filter: each input (files, or "-") holds one JSON record a',
  'line, and each hit is written as {"id", "start", "end", "text", "range"}, in input order',
  'whatever --jobs says. Memory stays constant on any size of input. A malformed record is',
  'written to standard error as {"file", "line", "error"} and the run goes on; it then ends',
  'with a count and exit code 1. On a terminal, standard error shows records, MB/s and hits.',
];

interface Values {
  readonly jsonl?: boolean | undefined;
  readonly jobs?: string | undefined;
  readonly 'id-field'?: string | undefined;
  readonly 'text-field'?: string | undefined;
  readonly quiet?: boolean | undefined;
  readonly dollar?: string | undefined;
}

function field(option: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (value === '') throw new UsageError(m.badField(option));
  return value;
}

/**
 * The streaming request an `extract` command line makes, if it makes one.
 *
 * @param values - the parsed options of `reckon extract`
 * @param positionals - the inputs
 * @returns the request with `--jsonl`; `undefined` without it
 * @throws {UsageError} for a bad `--jobs` or field name, for no input, or for a streaming
 *   option given without `--jsonl`
 * @example
 * ```ts
 * jsonlRequest({ jsonl: true, jobs: '2' }, ['records.jsonl']).jobs; // => 2
 * jsonlRequest({}, ['article.txt']); // => undefined
 * ```
 */
export function jsonlRequest(
  values: Values,
  positionals: readonly string[],
): JsonlRequest | undefined {
  if (values.jsonl !== true) {
    for (const option of ['jobs', 'id-field', 'text-field', 'quiet'] as const) {
      if (values[option] !== undefined) throw new UsageError(m.needsJsonl(`--${option}`));
    }
    return undefined;
  }
  if (positionals.length === 0 || positionals.includes('')) {
    throw new UsageError(m.noInput);
  }
  return {
    inputs: positionals,
    idField: field('--id-field', values['id-field'], 'id'),
    textField: field('--text-field', values['text-field'], 'text'),
    dollar: values.dollar,
    jobs: parseJobs(values.jobs),
    quiet: values.quiet === true,
  };
}
