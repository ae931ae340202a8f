import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { runJsonl } from './run-jsonl';

function memoryIo(stdin: string) {
  const written = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdin: {
      async *[Symbol.asyncIterator]() {
        yield stdin;
      },
    },
    stdout: { write: (text: string) => (written.stdout += text) },
    stderr: { write: (text: string) => (written.stderr += text) },
    env: {},
    cwd: process.cwd(),
  };
  return { io, written };
}

const request = { inputs: ['-'], idField: 'id', textField: 'text', jobs: 1, quiet: true };

describe('runJsonl', () => {
  it('reports a malformed line with its C1 and bidi controls escaped, and goes on', async () => {
    const input = [
      '{"id": "a", "text": "5 people"}',
      '{"id": \u202e\u0085}',
      '{"id": "b", "text": "7 people"}',
    ];
    const { io, written } = memoryIo(`${input.join('\n')}\n`);
    await expect(runJsonl(request, io)).resolves.toBe(1);
    expect(
      written.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['a', 'b']);
    const [report, summary] = written.stderr.trimEnd().split('\n');
    expect(report).not.toMatch(/[\u0085\u202e]/);
    expect(JSON.parse(report!)).toMatchObject({ file: '<stdin>', line: 2 });
    expect(summary).toContain('1 malformed record was skipped');
  });
});
