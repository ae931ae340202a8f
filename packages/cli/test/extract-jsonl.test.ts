import { once } from 'node:events';
import { createWriteStream, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reckon, STACK_LINE } from './helpers/reckon';

// Each test spawns the bin, some over megabytes of input, on a busy two-core machine.
const SPAWN = { timeout: 180_000 };

const dir = mkdtempSync(join(tmpdir(), 'reckon-jsonl-'));

const SENTENCES = [
  'Scam revenue was estimated at $12.5 to $19 billion per year, as much as 60% of GDP.',
  'The report said it easily exceeds 350,000 people, between $50 and 75 billion in all.',
  'Officials met on Tuesday to discuss the report and its methods in some detail.',
  'Around 3,000 victims were freed, and about €2 million was seized in the raid.',
];

/** A record of a few sentences, different from its neighbours. */
const record = (i: number): string => {
  const text = [0, 1, 2].map((j) => SENTENCES[(i + j * 3) % SENTENCES.length]).join(' ');
  return JSON.stringify({ id: `r${i}`, text });
};

/** Writes `count` records to a file, streaming, and returns its path. */
async function corpus(name: string, count: number): Promise<string> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer += `${record(i)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return path;
}

interface Hit {
  id: string;
  start: number;
  end: number;
  text: string;
  range: { unit: string };
}

const hits = (stdout: string): Hit[] =>
  stdout === ''
    ? []
    : stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Hit);

describe('reckon extract --jsonl', () => {
  let medium: string;
  beforeAll(async () => {
    // About 2.5 MB: ten batches and more, so several are in flight at once.
    medium = await corpus('medium.jsonl', 10_000);
  }, 60_000);

  it('writes one line per hit with the record id and offsets into its text', SPAWN, async () => {
    const input = `${record(0)}\n${record(1)}\n`;
    const { code, stdout, stderr } = await reckon(['extract', '--jsonl', '-'], { input });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const found = hits(stdout);
    expect(found.length).toBeGreaterThan(0);
    const texts = new Map(
      input
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; text: string })
        .map((r) => [r.id, r.text]),
    );
    for (const hit of found) {
      expect(Object.keys(hit)).toEqual(['id', 'start', 'end', 'text', 'range']);
      expect(texts.get(hit.id)?.slice(hit.start, hit.end)).toBe(hit.text);
    }
    expect(found.find((hit) => hit.text === '$12.5 to $19 billion per year')?.range).toEqual({
      low: 12.5e9,
      high: 19e9,
      unit: 'USD/year',
      sigFigs: 2,
    });
  });

  it(
    'reports a malformed line in the middle on stderr, goes on, and exits 1 with a count',
    SPAWN,
    async () => {
      const good = Array.from({ length: 5 }, (_, i) => record(i));
      const input = [...good.slice(0, 2), '{"id": "x", "text": oops}', ...good.slice(2)].join('\n');
      const all = await reckon(['extract', '--jsonl', '-'], { input: good.join('\n') });
      const { code, stdout, stderr } = await reckon(['extract', '--jsonl', '-'], { input });
      expect(code).toBe(1);
      // Every good record's hits are there, in order, as without the bad line.
      expect(stdout).toBe(all.stdout);
      const lines = stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(JSON.parse(lines[0]!)).toEqual({
        file: '<stdin>',
        line: 3,
        error: expect.stringMatching(/^not valid JSON/),
      });
      expect(lines[1]).toBe(
        'reckon: 1 malformed record was skipped (of 6 records); each is on standard error above with its line number',
      );
      expect(stderr).not.toMatch(STACK_LINE);
    },
  );

  it('gives the same output, byte for byte, with --jobs 1 and --jobs 2', SPAWN, async () => {
    const one = await reckon(['extract', '--jsonl', medium, '--jobs', '1']);
    const two = await reckon(['extract', '--jsonl', medium, '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(hits(one.stdout).length).toBeGreaterThan(10_000);
    expect(two.stdout).toBe(one.stdout);
    // Input order: record ids never go backwards.
    const order = hits(two.stdout).map((hit) => Number(hit.id.slice(1)));
    expect(order.every((n, i) => i === 0 || n >= order[i - 1]!)).toBe(true);
  });

  it('streams 16 MB under a 96 MB heap, in one thread and in two', SPAWN, async () => {
    const big = await corpus('big.jsonl', 64_000);
    expect(statSync(big).size).toBeGreaterThanOrEqual(16_000_000);
    const counts: number[] = [];
    for (const jobs of ['1', '2']) {
      const { code, stdout, stderr } = await reckon(['extract', '--jsonl', big, '--jobs', jobs], {
        nodeArgs: ['--max-old-space-size=96'],
      });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      counts.push(stdout.split('\n').length - 1);
    }
    // Every record's hits came out, the same number either way: three or more per record.
    expect(counts[0]).toBeGreaterThanOrEqual(3 * 64_000);
    expect(counts[1]).toBe(counts[0]);
  });

  it('reads other field names, and several inputs in turn', SPAWN, async () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeFileSync(a, `${JSON.stringify({ url: 'A', body: '5 people' })}\n`);
    writeFileSync(b, `${JSON.stringify({ url: 'B', body: '$3 million' })}\n`);
    const args = ['extract', '--jsonl', a, b, '--id-field', 'url', '--text-field', 'body'];
    const { code, stdout } = await reckon(args);
    expect(code).toBe(0);
    expect(hits(stdout).map((hit) => [hit.id, hit.text])).toEqual([
      ['A', '5 people'],
      ['B', '$3 million'],
    ]);
  });

  it.each([[['--jobs', '0']], [['--jobs', 'many']], [['--id-field', '']]])(
    'refuses %j as a usage error',
    SPAWN,
    async (extra) => {
      const { code, stderr } = await reckon(['extract', '--jsonl', '-', ...extra], { input: '' });
      expect(code).toBe(2);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    },
  );

  it('refuses --jobs without --jsonl', SPAWN, async () => {
    const { code, stderr } = await reckon(['extract', '-', '--jobs', '2'], { input: '5 people' });
    expect(code).toBe(2);
    expect(stderr).toContain('--jobs works only with --jsonl');
  });

  it('shows no progress when standard error is piped', SPAWN, async () => {
    const { stderr } = await reckon(['extract', '--jsonl', medium, '--jobs', '2']);
    expect(stderr).toBe('');
  });
});
