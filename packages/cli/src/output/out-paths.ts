import { basename, extname, join, relative } from 'node:path';
import { UsageError } from '../errors';
import type { ExpandedInput } from '../input/expand-inputs';
import { messages } from '../messages';

/** The file an input's output gets under `--out DIR`: its name with the new extension. */
const renamed = (name: string, extension: string): string =>
  `${name.slice(0, name.length - extname(name).length)}${extension}`;

/**
 * Where each input's output goes under `--out DIR` when a command writes one file per input:
 * a file given by name is written as `DIR/<name>.md`; a file found in a folder keeps its
 * place below that folder (`cases/a/x.yaml` → `DIR/a/x.md`), so two `x.json` in different
 * folders do not meet; standard input is `DIR/stdin.md`.
 *
 * @param inputs - the inputs of the run
 * @param dir - the `--out` folder, as given
 * @param extension - the output's extension, with its dot
 * @returns for each file input (by its argument), the path to write, relative to the working directory
 * @throws {UsageError} when two inputs would be written to the same file
 * @example
 * ```ts
 * outPaths([{ kind: 'file', argument: 'a.json' }, { kind: 'file', argument: 'cases/b/x.yaml', folder: 'cases' }], 'briefs', '.md');
 * // => new Map([['a.json', 'briefs/a.md'], ['cases/b/x.yaml', 'briefs/b/x.md']])
 * ```
 */
export function outPaths(
  inputs: readonly ExpandedInput[],
  dir: string,
  extension: string,
): Map<string, string> {
  const paths = new Map<string, string>();
  const takenBy = new Map<string, string>();
  for (const input of inputs) {
    if (input.kind !== 'file') continue;
    const { argument, folder } = input;
    const name =
      argument === '-'
        ? 'stdin'
        : folder === undefined
          ? basename(argument)
          : relative(folder, argument);
    const path = join(dir, renamed(name, extension));
    const other = takenBy.get(path);
    if (other !== undefined) throw new UsageError(messages.sameOutput(other, argument, path));
    takenBy.set(path, argument);
    paths.set(argument, path);
  }
  return paths;
}
