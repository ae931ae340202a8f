import { escapeTerminal } from '../text/terminal-text';
import type { Problem } from './problem';

/** A GitHub Actions annotation: its level, and what it says about where. */
export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly title?: string;
  readonly message: string;
}

// The workflow-command escapes of the Actions runner (`toolkit/packages/core/src/command.ts`):
// in the message `%`, CR and LF; in a property also `:` and `,`, which separate properties.
const escapeData = (text: string): string =>
  text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string): string =>
  escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * One annotation as a workflow command line, `::error file=a.json,line=3,col=5,title=…::message`,
 * escaped as the Actions runner reads it; the characters a terminal acts on are escaped too,
 * since the log is also shown as text.
 *
 * @param annotation - the annotation
 * @returns the line, ending with a newline
 * @throws never
 * @example
 * ```ts
 * annotationLine({ level: 'error', file: 'a.json', line: 3, column: 5, title: 'invalid_type', message: 'actors: 100% wrong' });
 * // => '::error file=a.json,line=3,col=5,title=invalid_type::actors: 100%25 wrong\n'
 * ```
 */
export function annotationLine(annotation: Annotation): string {
  const properties: string[] = [];
  if (annotation.file !== undefined) properties.push(`file=${escapeProperty(annotation.file)}`);
  if (annotation.line !== undefined) properties.push(`line=${annotation.line}`);
  if (annotation.column !== undefined) properties.push(`col=${annotation.column}`);
  if (annotation.title !== undefined) properties.push(`title=${escapeProperty(annotation.title)}`);
  const head = properties.length === 0 ? '' : ` ${properties.join(',')}`;
  return `${escapeTerminal(`::${annotation.level}${head}::${escapeData(annotation.message)}`)}\n`;
}

/**
 * A problem as an error annotation: placed at its line and column when known, titled by its
 * code, and saying its path in the dossier before the message.
 *
 * @param problem - the problem
 * @returns the annotation
 * @throws never
 * @example
 * ```ts
 * annotationOfProblem({ file: 'a.json', code: 'invalid_type', path: 'actors', message: 'expected an array', line: 2, column: 3 });
 * // => { level: 'error', file: 'a.json', line: 2, column: 3, title: 'invalid_type', message: 'actors: expected an array' }
 * ```
 */
export function annotationOfProblem(problem: Problem): Annotation {
  const path =
    problem.path === undefined ? '' : `${problem.path === '' ? '(document)' : problem.path}: `;
  const hint = problem.hint === undefined ? '' : `\nhint: ${problem.hint}`;
  return {
    level: 'error',
    ...(problem.file === undefined ? {} : { file: problem.file }),
    ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column ?? 1 }),
    title: problem.code,
    message: `${path}${problem.message}${hint}`,
  };
}
