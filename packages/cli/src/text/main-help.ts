import type { Command } from '../commands/command';

/**
 * The text of `reckon --help`: what the tool is for, its commands, global options, the exit
 * codes and a few examples.
 *
 * @param commands - the commands to list
 * @returns the text, ending with a newline
 * @throws never
 * @example
 * ```ts
 * mainHelp(COMMANDS).startsWith('reckon — '); // => true
 * ```
 */
export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'reckon — validate, render, check and extract contested numbers',
    '',
    'Usage',
    '  reckon <command> [options]',
    '  reckon <command> --help',
    '',
    'Commands',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options',
    '  -h, --help     show this help, or a command’s with "reckon <command> --help"',
    '  -v, --version  print the version',
    '',
    'Files may be JSON or YAML dossiers; "-" reads standard input. Colour is used only on a',
    'terminal, and never when NO_COLOR is set.',
    '',
    'Examples',
    '  reckon validate dossier.json',
    '  reckon render dossier.json --out brief.md',
    '  reckon check dossier.json --json',
    '  reckon extract article.txt --dossier > draft.json',
    '  reckon schema estimate',
    '',
    'Exit codes',
    '  0 done; 1 invalid input, an error finding, or a file that cannot be read or written;',
    '  2 usage error',
    '',
  ].join('\n');
}
