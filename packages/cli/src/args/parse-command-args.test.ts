import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors';
import { oneFile, parseCommandArgs } from './parse-command-args';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
} as const;

describe('parseCommandArgs', () => {
  it('reads options and positionals (the TSDoc example)', () => {
    const { values, positionals } = parseCommandArgs('render', ['seed.json', '--style', 'short'], {
      style: { type: 'string' },
    });
    expect(values.style).toBe('short');
    expect(positionals).toEqual(['seed.json']);
  });

  it('reads short options, = values, - and everything after --', () => {
    const { values, positionals } = parseCommandArgs(
      'render',
      ['-o', 'b.md', '-', '--', '--json'],
      OPTIONS,
    );
    expect(values).toEqual({ out: 'b.md' });
    expect(positionals).toEqual(['-', '--json']);
    expect(parseCommandArgs('render', ['--out=x.md'], OPTIONS).values.out).toBe('x.md');
  });

  it('names the long option whether typed long or short', () => {
    expect(() => parseCommandArgs('render', ['-o'], OPTIONS)).toThrow(
      'option --out of "reckon render" needs a value: run "reckon render --help"',
    );
    expect(() => parseCommandArgs('render', ['--out'], OPTIONS)).toThrow('option --out of');
    expect(() => parseCommandArgs('render', ['--out', '--json'], OPTIONS)).toThrow(
      'option --out of',
    );
  });

  it('turns parseArgs errors into usage errors with a suggestion', () => {
    expect(() => parseCommandArgs('validate', ['--josn'], OPTIONS)).toThrow(
      'unknown option --josn for "reckon validate" (did you mean --json?): run "reckon validate --help"',
    );
    expect(() => parseCommandArgs('validate', ['--json=1'], OPTIONS)).toThrow(
      'option --json of "reckon validate" takes no value',
    );
    expect(() => parseCommandArgs('validate', ['-z'], OPTIONS)).toThrow(UsageError);
  });
});

describe('oneFile', () => {
  it('takes the one positional (the TSDoc example)', () => {
    expect(oneFile('validate', ['dossier.json'])).toBe('dossier.json');
    expect(() => oneFile('validate', [])).toThrow(UsageError);
  });

  it('refuses an empty name and a second file', () => {
    expect(() => oneFile('validate', [''])).toThrow('"reckon validate" needs a file');
    expect(() => oneFile('validate', ['a', 'b'])).toThrow('unexpected "b"');
  });
});
