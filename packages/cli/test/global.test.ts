import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSI, reckon, STACK_LINE } from './helpers/reckon';

const COMMANDS = ['validate', 'render', 'check', 'extract', 'schema'];

describe('reckon --help and --version', () => {
  it('--help lists every command, the exit codes and examples, on stdout, exit 0', async () => {
    const { code, stdout, stderr } = await reckon(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const name of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(stdout).toContain('Exit codes');
    expect(stdout).toContain('  reckon validate dossier.json');
    expect(stdout).not.toMatch(ANSI);
  });

  it('-h and "help" print the same text as --help', async () => {
    const long = await reckon(['--help']);
    expect((await reckon(['-h'])).stdout).toBe(long.stdout);
    expect((await reckon(['help'])).stdout).toBe(long.stdout);
  });

  it.each(COMMANDS)('%s --help shows its usage, options and examples, exit 0', async (name) => {
    const { code, stdout, stderr } = await reckon([name, '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith(`reckon ${name} — `)).toBe(true);
    expect(stdout).toMatch(new RegExp(`^Usage\\n  reckon ${name} `, 'm'));
    expect(stdout).toContain('\nOptions\n');
    expect(stdout).toContain('  -h, --help');
    expect(stdout).toMatch(new RegExp(`\\nExamples\\n  reckon ${name} `));
    expect(stdout).toContain('\nExit codes\n');
  });

  it('a command’s -h and "reckon help <command>" print its help', async () => {
    const long = await reckon(['render', '--help']);
    expect((await reckon(['render', '-h'])).stdout).toBe(long.stdout);
    expect((await reckon(['help', 'render'])).stdout).toBe(long.stdout);
  });

  it('--help wins over an unknown option or a missing file', async () => {
    const { code, stdout } = await reckon(['validate', '--frobnicate', '--help']);
    expect(code).toBe(0);
    expect(stdout.startsWith('reckon validate — ')).toBe(true);
  });

  it('--version and -v print the package version, exit 0', async () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    for (const flag of ['--version', '-v']) {
      const { code, stdout, stderr } = await reckon([flag]);
      expect(code).toBe(0);
      expect(stdout).toBe(`${version}\n`);
      expect(stderr).toBe('');
    }
  });
});

describe('usage errors: one line on stderr, nothing on stdout, exit 2', () => {
  const usage = async (args: string[]) => {
    const result = await reckon(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2); // one line and its newline
    expect(result.stderr).not.toMatch(STACK_LINE);
    return result.stderr;
  };

  it('no command at all', async () => {
    expect(await usage([])).toBe('reckon: no command given: try "reckon --help"\n');
  });

  it('an unknown command, with the command probably meant', async () => {
    expect(await usage(['rendr'])).toBe(
      'reckon: unknown command "rendr" (did you mean "render"?): run "reckon --help" for the list\n',
    );
    expect(await usage(['deploy'])).toBe(
      'reckon: unknown command "deploy": run "reckon --help" for the list\n',
    );
  });

  it('help for an unknown command', async () => {
    expect(await usage(['help', 'chek'])).toContain(
      'unknown command "chek" (did you mean "check"?)',
    );
  });

  it('an option before any command', async () => {
    expect(await usage(['--quiet'])).toContain('unknown option --quiet: give a command first');
  });

  it('an unknown option, with the option probably meant', async () => {
    expect(await usage(['validate', 'x.json', '--jsn'])).toBe(
      'reckon: unknown option --jsn for "reckon validate" (did you mean --json?): run "reckon validate --help"\n',
    );
    expect(await usage(['render', 'x.json', '-x'])).toContain(
      'unknown option -x for "reckon render"',
    );
  });

  it.each(['validate', 'render', 'check', 'extract'])('%s without a file', async (name) => {
    expect(await usage([name])).toBe(
      `reckon: "reckon ${name}" needs a file: give a path, or - to read standard input\n`,
    );
  });

  it('two files where one is expected', async () => {
    expect(await usage(['jsonld', 'a.json', 'b.json'])).toContain(
      '"reckon jsonld" takes one argument; unexpected "b.json"',
    );
  });

  it('an option that needs a value and has none, and a flag given a value', async () => {
    expect(await usage(['render', 'x.json', '--out'])).toContain(
      'option --out of "reckon render" needs a value',
    );
    expect(await usage(['validate', 'x.json', '--json=yes'])).toContain(
      'option --json of "reckon validate" takes no value',
    );
  });

  it('a bad --style or --locale, before the file is even read', async () => {
    expect(await usage(['render', 'missing.json', '--style', 'tiny'])).toContain(
      '--style "tiny" is not one of long, short',
    );
    expect(await usage(['render', 'missing.json', '--locale', 'en_GB!'])).toContain(
      '--locale "en_GB!" is not a BCP 47 language tag',
    );
  });
});
