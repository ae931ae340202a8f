import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index';
import { helpText } from './help';
import { mainHelp } from './main-help';

describe('helpText', () => {
  it('lays out summary, usage, options, examples and exit codes (the TSDoc example)', () => {
    const text = helpText({
      title: 'reckon schema',
      summary: 'print a JSON Schema',
      usage: 'reckon schema [entity]',
      description: 'Prints the JSON Schema of a dossier or of one entity.',
      options: [
        ['--list', 'print the names'],
        ['-h, --help', 'show this help'],
      ],
      examples: ['reckon schema estimate'],
      exitCodes: ['0 printed', '2 unknown entity'],
    });
    expect(text).toBe(
      [
        'reckon schema — print a JSON Schema',
        '',
        'Usage',
        '  reckon schema [entity]',
        '',
        'Prints the JSON Schema of a dossier or of one entity.',
        '',
        'Options',
        '  --list      print the names',
        '  -h, --help  show this help',
        '',
        'Examples',
        '  reckon schema estimate',
        '',
        'Exit codes',
        '  0 printed',
        '  2 unknown entity',
        '',
      ].join('\n'),
    );
  });
});

describe('mainHelp', () => {
  it('lists every command with its summary (the TSDoc example)', () => {
    const text = mainHelp(COMMANDS);
    expect(text.startsWith('reckon — ')).toBe(true);
    for (const command of COMMANDS) expect(text).toContain(`${command.summary}\n`);
  });

  it('keeps every line of every help within 100 columns, for an 80–100 column terminal', () => {
    for (const text of [mainHelp(COMMANDS), ...COMMANDS.map((c) => c.help)]) {
      for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    }
  });
});
