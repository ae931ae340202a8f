import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv } from './helpers/reckon';

/** The README's examples run from the root of the repository, as it says. */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Example {
  readonly command: string;
  readonly expected: readonly string[];
}

/** Each `$ command` of the README's console blocks, with the lines shown after it. */
function examples(markdown: string): Example[] {
  const out: Example[] = [];
  for (const block of markdown.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    let current: { command: string; expected: string[] } | undefined;
    for (const line of block[1]!.split('\n').slice(0, -1)) {
      if (line.startsWith('$ ')) {
        current = { command: line.slice(2), expected: [] };
        out.push(current);
      } else current?.expected.push(line);
    }
  }
  return out;
}

/** Whether output lines match the lines shown, where a shown `…` stands for any lines. */
function matches(actual: readonly string[], shown: readonly string[]): boolean {
  const [first, ...rest] = shown;
  if (first === undefined) return actual.length === 0;
  if (first === '…')
    return actual.some((_, i) => matches(actual.slice(i), rest)) || matches([], rest);
  return actual[0] === first && matches(actual.slice(1), rest);
}

describe('README', () => {
  const all = examples(README);

  it('has examples for every command', () => {
    for (const name of ['validate', 'render', 'check', 'extract', 'schema', 'chart']) {
      expect(all.some((e) => e.command.startsWith(`reckon ${name} `))).toBe(true);
    }
  });

  it.each(all.map((e) => [e.command, e] as const))(
    '$ %s prints what the README shows',
    (_, example) => {
      // `reckon` is the built bin; a shell runs the line, so pipes work as a reader's would.
      const script = `reckon() { "${process.execPath}" "${BIN}" "$@"; }\n{ ${example.command}; } 2>&1`;
      const { stdout } = spawnSync('sh', ['-c', script], {
        cwd: ROOT,
        env: cleanEnv(),
        encoding: 'utf8',
      });
      const lines = stdout.split('\n');
      if (lines.at(-1) === '') lines.pop();
      if (!matches(lines, example.expected))
        expect(lines.join('\n')).toBe(example.expected.join('\n'));
    },
  );

  it('the `…` rule: any run of lines, none included', () => {
    expect(matches(['a', 'b', 'c'], ['a', '…', 'c'])).toBe(true);
    expect(matches(['a', 'c'], ['a', '…', 'c'])).toBe(true);
    expect(matches(['a', 'b'], ['a', '…', 'c'])).toBe(false);
    expect(matches(['a', 'x'], ['a'])).toBe(false);
  });
});
