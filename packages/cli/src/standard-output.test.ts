import { describe, expect, it } from 'vitest';
import { standardOutput, stdoutWasClosed } from './standard-output';

describe('standardOutput', () => {
  it('is the process’s own when standard output is open (the TSDoc examples)', () => {
    // Under vitest, descriptor 1 is a pipe or a terminal, never /dev/null opened read-write.
    expect(stdoutWasClosed()).toBe(false);
    expect(standardOutput() === process.stdout).toBe(true);
  });
});
