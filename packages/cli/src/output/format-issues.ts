import type { LocatedIssue } from '../input/load-dossier';
import type { Paint } from '../text/colour';
import { oneLine } from '../text/terminal-text';

/**
 * Lays out validation problems one per line, as compilers do, so an editor or `grep` can jump
 * to them: `file:line:column: path: message [code]`, then an indented hint when there is one.
 * The document itself (an empty path) is written `(document)`. Every part that comes from the
 * input (its name, a path, a message quoting a value) is escaped for the terminal.
 *
 * @param name - the input's name
 * @param issues - the problems
 * @param paint - styles for the stream written to
 * @returns the lines, each ending with a newline
 * @throws never
 * @example
 * ```ts
 * formatIssues('a.json', [{ path: 'actors', code: 'invalid_type', message: 'expected an array, received an object', line: 3, column: 13 }], paint(false));
 * // => 'a.json:3:13: actors: expected an array, received an object [invalid_type]\n'
 * ```
 */
export function formatIssues(name: string, issues: readonly LocatedIssue[], paint: Paint): string {
  let text = '';
  for (const issue of issues) {
    const file = oneLine(name);
    const where = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column}`;
    const path = issue.path === '' ? '(document)' : oneLine(issue.path);
    text += `${paint.dim(`${where}:`)} ${paint.bold(path)}: ${oneLine(issue.message)} ${paint.dim(`[${issue.code}]`)}\n`;
    if (issue.hint) text += `  ${paint.cyan('hint:')} ${oneLine(issue.hint)}\n`;
  }
  return text;
}
