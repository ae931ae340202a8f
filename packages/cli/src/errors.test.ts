import { ReckonError } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { CliError, InputError, OutputError, UsageError } from './errors';

describe('CliError', () => {
  it('ends a usage error with exit code 2 (the TSDoc example)', () => {
    const error = new CliError('CLI_USAGE', 'unknown command "rendr" (did you mean "render"?)');
    expect(error.exitCode).toBe(2);
  });

  it('gives each subclass its code and exit code, all ReckonErrors', () => {
    const cases = [
      [new UsageError('u'), 'CLI_USAGE', 2, 'UsageError'],
      [new InputError('i'), 'CLI_INPUT', 1, 'InputError'],
      [new OutputError('o'), 'CLI_OUTPUT', 1, 'OutputError'],
    ] as const;
    for (const [error, code, exitCode, name] of cases) {
      expect(error).toBeInstanceOf(ReckonError);
      expect(error).toBeInstanceOf(CliError);
      expect([error.code, error.exitCode, error.name]).toEqual([code, exitCode, name]);
    }
  });
});
