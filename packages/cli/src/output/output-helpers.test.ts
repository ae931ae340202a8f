import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../errors';
import { annotationLine, annotationOfProblem } from './github-annotations';
import { outPaths } from './out-paths';
import { outputFormat, wantsJson } from './output-format';
import { problemOfError, problemOfIssue } from './problem';
import { writeJson } from './write-json';

describe('outputFormat and wantsJson', () => {
  it('reads --json and --format (the TSDoc examples)', () => {
    expect(outputFormat('validate', { json: true })).toBe('json');
    expect(outputFormat('validate', { format: 'github' })).toBe('github');
    expect(() => outputFormat('validate', { format: 'xml' })).toThrow(UsageError);
    expect(wantsJson(['validate', 'a.json', '--json'])).toBe(true);
    expect(wantsJson(['validate', '--format', 'json', '--bogus'])).toBe(true);
    expect(wantsJson(['validate', '--', '--json'])).toBe(false);
  });

  it('refuses --json beside another format, and defaults to text', () => {
    expect(() => outputFormat('check', { json: true, format: 'github' })).toThrow(
      '--json and --format github ask for different outputs (reckon check): give one',
    );
    expect(outputFormat('check', { json: true, format: 'json' })).toBe('json');
    expect(outputFormat('check', {})).toBe('text');
  });
});

describe('problemOfIssue and problemOfError', () => {
  it('make problems of issues and failures (the TSDoc examples)', () => {
    expect(
      problemOfIssue('a.json', {
        path: 'actors',
        code: 'invalid_type',
        message: 'expected an array',
        line: 2,
        column: 3,
      }),
    ).toEqual({
      file: 'a.json',
      path: 'actors',
      code: 'invalid_type',
      message: 'expected an array',
      line: 2,
      column: 3,
    });
    expect(
      problemOfError(
        'a.json',
        new InputError('a.json:2:3: not valid JSON: x', { line: 2, column: 3 }),
      ),
    ).toEqual({
      file: 'a.json',
      code: 'CLI_INPUT',
      message: 'a.json:2:3: not valid JSON: x',
      line: 2,
      column: 3,
    });
  });

  it('leaves out the file and place when there are none', () => {
    expect(problemOfError(undefined, new UsageError('no command'))).toEqual({
      code: 'CLI_USAGE',
      message: 'no command',
    });
  });
});

describe('annotationLine and annotationOfProblem', () => {
  it('write a workflow command, escaped (the TSDoc examples)', () => {
    expect(
      annotationLine({
        level: 'error',
        file: 'a.json',
        line: 3,
        column: 5,
        title: 'invalid_type',
        message: 'actors: 100% wrong',
      }),
    ).toBe('::error file=a.json,line=3,col=5,title=invalid_type::actors: 100%25 wrong\n');
    expect(
      annotationOfProblem({
        file: 'a.json',
        code: 'invalid_type',
        path: 'actors',
        message: 'expected an array',
        line: 2,
        column: 3,
      }),
    ).toEqual({
      level: 'error',
      file: 'a.json',
      line: 2,
      column: 3,
      title: 'invalid_type',
      message: 'actors: expected an array',
    });
  });

  it('escapes line breaks in the message, and : and , in properties, and control characters', () => {
    expect(
      annotationLine({
        level: 'warning',
        file: 'dir,x:y.json',
        title: 'a,b',
        message: 'one\r\ntwo\u001b[2J',
      }),
    ).toBe('::warning file=dir%2Cx%3Ay.json,title=a%2Cb::one%0D%0Atwo\\u001b[2J\n');
    expect(annotationLine({ level: 'notice', message: 'plain' })).toBe('::notice::plain\n');
  });
});

describe('writeJson', () => {
  it('writes JSON with bidi and C1 characters escaped (the TSDoc example)', () => {
    let out = '';
    writeJson({ write: (text: string) => (out += text) }, { a: '\u202e' });
    expect(out).toBe('{\n  "a": "\\u202e"\n}\n');
    expect(JSON.parse(out)).toEqual({ a: '\u202e' });
  });
});

describe('outPaths', () => {
  it('names each output, keeping places below a folder (the TSDoc example)', () => {
    expect(
      outPaths(
        [
          { kind: 'file', argument: 'a.json' },
          { kind: 'file', argument: 'cases/b/x.yaml', folder: 'cases' },
        ],
        'briefs',
        '.md',
      ),
    ).toEqual(
      new Map([
        ['a.json', 'briefs/a.md'],
        ['cases/b/x.yaml', 'briefs/b/x.md'],
      ]),
    );
  });

  it('names standard input stdin, and refuses two inputs with one output', () => {
    expect(outPaths([{ kind: 'file', argument: '-' }], 'out', '.md')).toEqual(
      new Map([['-', 'out/stdin.md']]),
    );
    expect(() =>
      outPaths(
        [
          { kind: 'file', argument: 'a/x.json' },
          { kind: 'file', argument: 'b/x.yml' },
        ],
        'out',
        '.md',
      ),
    ).toThrow('a/x.json and b/x.yml would both be written to out/x.md');
  });
});
