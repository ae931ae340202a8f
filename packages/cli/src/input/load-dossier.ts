import type { Dossier, IssueCode } from '@reckon/schema';
import type { CliIo } from '../io';
import { issueHint } from './issue-hint';
import { parsePath } from './parse-path';
import { readInput, type TextInput } from './read-input';

/** A validation problem with where it is in the source and, when useful, a hint. */
export interface LocatedIssue {
  readonly path: string;
  readonly code: IssueCode;
  readonly message: string;
  /** 1-based, when the source shows where. */
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;
}

/** A dossier read from a file or standard input: valid, or the problems that make it not. */
export type LoadedDossier =
  | { readonly valid: true; readonly input: TextInput; readonly dossier: Dossier }
  | { readonly valid: false; readonly input: TextInput; readonly issues: readonly LocatedIssue[] };

/** How many issues get a line and column; the rest are listed by their path alone. */
export const MAX_PLACED_ISSUES = 10_000;

const UNKNOWN_KEY = /^unknown keys? "((?:[^"\\]|\\.)*)"/;

/**
 * Reads, parses (JSON or YAML) and validates a dossier, placing each problem in the source
 * and listing the problems in file order.
 *
 * @param argument - a path, or `-` for standard input
 * @param io - standard input and the working directory
 * @returns the dossier, or every problem found with its line, column and hint
 * @throws {InputError} when the input cannot be read or is not JSON or YAML
 * @example
 * ```ts
 * const loaded = await loadDossier('dossier.json', io);
 * if (!loaded.valid) console.log(loaded.issues[0]?.path);
 * ```
 */
export async function loadDossier(
  argument: string,
  io: Pick<CliIo, 'stdin' | 'cwd'>,
): Promise<LoadedDossier> {
  const input = await readInput(argument, io);
  // Loaded when a dossier is read, not when the bin starts: `reckon extract --jsonl` and the
  // help never need zod, the schemas or the YAML parser.
  const [{ safeParseDossier }, { parseDocumentText }] = await Promise.all([
    import('@reckon/schema'),
    import('./parse-document'),
  ]);
  const parsed = parseDocumentText(input);
  const result = safeParseDossier(parsed.value);
  if (result.success) return { valid: true, input, dossier: result.data };
  const requests = result.issues.map((issue) => {
    const segments = parsePath(issue.path);
    const unknownKey = issue.code === 'unrecognized_keys' ? UNKNOWN_KEY.exec(issue.message) : null;
    const key = unknownKey ? (JSON.parse(`"${unknownKey[1]}"`) as string) : undefined;
    return { segments, key };
  });
  // Only the first issues are placed: past them, a reader wants the file fixed, not more lines
  // and columns, and the cost of placing stays bounded whatever the number of issues.
  const placed = parsed.place(
    requests.slice(0, MAX_PLACED_ISSUES).map(({ segments, key }) => ({
      path: segments ?? [],
      ...(key === undefined ? {} : { key }),
    })),
  );
  const issues = result.issues.map((issue, i): LocatedIssue => {
    const { segments } = requests[i]!;
    const position = segments ? placed[i] : undefined;
    const hint = issueHint(issue.code, segments ?? []);
    return {
      path: issue.path,
      code: issue.code,
      message: issue.message,
      ...(position ? { line: position.line, column: position.column } : {}),
      ...(hint ? { hint } : {}),
    };
  });
  return { valid: false, input, issues: inFileOrder(issues) };
}

/**
 * Problems in the order they appear in the file, as a reader goes through it; those the
 * source cannot place come first, in the order validation found them (the sort is stable).
 */
function inFileOrder(issues: readonly LocatedIssue[]): LocatedIssue[] {
  const key = (issue: LocatedIssue) => [issue.line ?? 0, issue.column ?? 0] as const;
  return [...issues].sort((a, b) => {
    const [lineA, columnA] = key(a);
    const [lineB, columnB] = key(b);
    return lineA - lineB || columnA - columnB;
  });
}
