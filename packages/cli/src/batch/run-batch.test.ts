import { describe, expect, it } from 'vitest';
import type { Context } from '../commands/command';
import { InputError, UsageError } from '../errors';
import { EXIT } from '../exit-codes';
import { paint } from '../text/colour';
import { failureReport, runBatch } from './run-batch';

function context() {
  const written = { stdout: '', stderr: '' };
  const ctx: Context = {
    io: {
      stdin: { async *[Symbol.asyncIterator]() {} },
      stdout: { write: (text: string) => (written.stdout += text) },
      stderr: { write: (text: string) => (written.stderr += text) },
      env: {},
      cwd: '/',
    },
    out: paint(false),
    err: paint(false),
  };
  return { ctx, written };
}

const inputs = [
  { kind: 'file', argument: 'good.json' },
  { kind: 'file', argument: 'bad.json' },
  { kind: 'error', argument: 'empty/', error: new InputError('empty/: no dossier here') },
] as const;

const each = async (input: { argument: string }) => {
  if (input.argument === 'bad.json')
    throw new InputError('bad.json:1:2: not valid JSON: x', { line: 1, column: 2 });
  return { exitCode: EXIT.ok, problems: [], stdout: 'good.json: fine\n', json: { valid: true } };
};

describe('failureReport', () => {
  it('is the JSON document of a run that failed before any file (the TSDoc example)', () => {
    expect(
      failureReport('validate', new UsageError('"reckon validate" needs a file')).exitCode,
    ).toBe(2);
  });
});

describe('runBatch', () => {
  it('text: each file’s lines, a line per failure on stderr, a summary, the worst exit code', async () => {
    const { ctx, written } = context();
    const code = await runBatch(
      {
        command: 'validate',
        format: 'text',
        inputs,
        each,
        summaryTo: 'stdout',
        words: { ok: 'valid', failed: 'not valid' },
      },
      ctx,
    );
    expect(code).toBe(EXIT.failure);
    expect(written.stdout).toBe('good.json: fine\n3 files: 1 valid, 2 not valid; 2 problems\n');
    expect(written.stderr).toBe(
      'reckon: bad.json:1:2: not valid JSON: x\nreckon: empty/: no dossier here\n',
    );
  });

  it('json: one document, with every problem and its place', async () => {
    const { ctx, written } = context();
    await runBatch(
      {
        command: 'check',
        format: 'json',
        inputs,
        each,
        summaryTo: 'stdout',
        words: { ok: 'passed', failed: 'failed' },
      },
      ctx,
    );
    expect(written.stderr).toBe('');
    expect(JSON.parse(written.stdout)).toEqual({
      command: 'check',
      ok: false,
      exitCode: 1,
      summary: { files: 3, ok: 1, failed: 2, problems: 2 },
      files: [
        { file: 'good.json', ok: true, exitCode: 0, valid: true },
        { file: 'bad.json', ok: false, exitCode: 1 },
        { file: 'empty/', ok: false, exitCode: 1 },
      ],
      problems: [
        {
          file: 'bad.json',
          code: 'CLI_INPUT',
          message: 'bad.json:1:2: not valid JSON: x',
          line: 1,
          column: 2,
        },
        { file: 'empty/', code: 'CLI_INPUT', message: 'empty/: no dossier here' },
      ],
    });
  });

  it('lets an error that is not a Reckon failure through, as an internal error', async () => {
    const { ctx } = context();
    const broken = async () => {
      throw new TypeError('a bug');
    };
    await expect(
      runBatch(
        {
          command: 'validate',
          format: 'text',
          inputs: [inputs[0]],
          each: broken,
          summaryTo: 'stdout',
          words: { ok: 'valid', failed: 'not valid' },
        },
        ctx,
      ),
    ).rejects.toThrow(TypeError);
  });
});
