import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors';
import { jsonlRequest } from './jsonl-options';

describe('jsonlRequest', () => {
  it('reads the streaming options (the TSDoc example)', () => {
    expect(jsonlRequest({ jsonl: true, jobs: '2' }, ['records.jsonl'])?.jobs).toBe(2);
    expect(jsonlRequest({}, ['article.txt'])).toBeUndefined();
  });

  it('defaults to every available core and the fields id and text', () => {
    expect(jsonlRequest({ jsonl: true }, ['-'])).toEqual({
      inputs: ['-'],
      idField: 'id',
      textField: 'text',
      dollar: undefined,
      jobs: availableParallelism(),
      quiet: false,
    });
  });

  it('refuses a bad job count, an empty field name, no input, and streaming options alone', () => {
    for (const jobs of ['0', '257', '1.5', '-1', 'two']) {
      expect(() => jsonlRequest({ jsonl: true, jobs }, ['-'])).toThrow(UsageError);
    }
    expect(() => jsonlRequest({ jsonl: true, 'text-field': '' }, ['-'])).toThrow(UsageError);
    expect(() => jsonlRequest({ jsonl: true }, [])).toThrow(UsageError);
    expect(() => jsonlRequest({ quiet: true }, ['a.txt'])).toThrow(
      '--quiet works only with --jsonl',
    );
  });
});
