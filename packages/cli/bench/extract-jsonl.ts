/**
 * Throughput of `reckon extract --jsonl`, the built bin, with one job and with two, beside
 * `extractRanges` called in a loop over the same texts in this one process (no JSON, no
 * streams, no workers: the most one thread can do). Rounds of the three are interleaved so a
 * change in machine load affects all of them alike; each figure is the best round.
 *
 * MB/s is 10^6 bytes of UTF-8 record *text* per second (the `text` fields, not the JSON
 * around them), so every figure counts the same work. The bin's time includes starting
 * Node and its workers, reading the file and writing the hits (to a pipe that is drained).
 *
 *   npx turbo run build --filter=@reckon/cli... && npm run bench -w packages/cli
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractRanges } from '@reckon/range';

const BIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const RECORDS = 40_000;
const ROUNDS = 3;

const SENTENCES = [
  'Scam revenue was estimated at $12.5 to $19 billion per year, as much as 60% of GDP.',
  'The report said the workforce easily exceeds 350,000 people across the region.',
  'Regional revenue is between $50 and 75 billion, officials in Bangkok said on Monday.',
  'Officials met on Tuesday to discuss the report and its methods in some detail.',
  'Around 3,000 victims were freed, and about €2 million was seized in the raid.',
  'Nothing numeric here, only words about policy, patterns and the long road ahead.',
  'The ministry dismissed the figures as exaggerated and politically motivated.',
];

const texts: string[] = [];
for (let i = 0; i < RECORDS; i++) {
  texts.push([0, 1, 2, 3, 4].map((j) => SENTENCES[(i * 5 + j * 3) % SENTENCES.length]).join(' '));
}
const encoder = new TextEncoder();
const textBytes = texts.reduce((sum, text) => sum + encoder.encode(text).length, 0);

const dir = mkdtempSync(join(tmpdir(), 'reckon-bench-'));
const file = join(dir, 'records.jsonl');
{
  const out = createWriteStream(file);
  for (let i = 0; i < RECORDS; i++) {
    if (!out.write(`${JSON.stringify({ id: `r${i}`, text: texts[i] })}\n`))
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function loop(): number {
  const started = performance.now();
  let hits = 0;
  for (const text of texts) hits += extractRanges(text).length;
  if (hits === 0) throw new Error('no hits: the corpus is wrong');
  return (performance.now() - started) / 1000;
}

function bin(jobs: number): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, 'extract', '--jsonl', file, '--jobs', String(jobs)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`reckon exited with ${code}`)),
    );
  });
}

loop(); // warm-up: the first round compiles the parser
const best = { loop: Infinity, one: Infinity, two: Infinity };
for (let round = 0; round < ROUNDS; round++) {
  best.loop = Math.min(best.loop, loop());
  best.one = Math.min(best.one, await bin(1));
  best.two = Math.min(best.two, await bin(2));
}
rmSync(dir, { recursive: true });

const rate = (seconds: number): number => textBytes / 1e6 / seconds;
const row = (name: string, seconds: number, note: string): string =>
  `${name.padEnd(44)} ${rate(seconds).toFixed(1).padStart(7)} MB/s  ${note}`;
console.log(
  `reckon extract --jsonl: ${RECORDS} records, ${(textBytes / 1e6).toFixed(1)} MB of text, best of ${ROUNDS}; ${availableParallelism()} cores`,
);
console.log(row('baseline: extractRanges in a loop, one process', best.loop, ''));
console.log(
  row(
    'reckon extract --jsonl --jobs 1',
    best.one,
    `${(best.loop / best.one).toFixed(2)}× baseline`,
  ),
);
console.log(
  row(
    'reckon extract --jsonl --jobs 2',
    best.two,
    `${(best.one / best.two).toFixed(2)}× --jobs 1 (target ≥ 1.6× on 2 free cores)`,
  ),
);
