/**
 * Throughput of `reckon extract --jsonl`, the built bin, with one job and with two, beside
 * `extractRanges` called in a loop over the same texts in this one process (no JSON, no
 * streams, no workers: the most one thread can do). Rounds of the three are interleaved so a
 * change in machine load affects all of them alike; each figure is the best round.
 *
 * MB/s is 10^6 bytes of UTF-8 record *text* per second (the `text` fields, not the JSON
 * around them), so every figure counts the same work. The bin's time includes starting
 * Node and its workers, reading the file and writing the hits (to a pipe that is drained).
 * Each bin row also gives the process's CPU time and its main thread's share (Linux), which
 * say where the time goes even on a busy machine, where wall-clock ratios are unreliable;
 * then come the fixed cost of a run on an empty input and the least CPU time each of the
 * three took. (The baseline's CPU time is that of a warm loop: no start-up, no cold compile.)
 * --jobs 2's CPU time over --jobs 1's bounds how much faster two free cores can make it.
 *
 *   npx turbo run build --filter=@reckon/cli... && npm run bench -w packages/cli
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
const empty = join(dir, 'empty.jsonl');
writeFileSync(empty, '');
/** Marks the line the CPU report writes on standard error. */
const MARK = 'reckon-bench-cpu';
{
  const out = createWriteStream(file);
  for (let i = 0; i < RECORDS; i++) {
    if (!out.write(`${JSON.stringify({ id: `r${i}`, text: texts[i] })}\n`))
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The baseline's wall-clock time and CPU time (this process, every thread), in seconds. */
function loop(): { readonly seconds: number; readonly cpu: number } {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let hits = 0;
  for (const text of texts) hits += extractRanges(text).length;
  if (hits === 0) throw new Error('no hits: the corpus is wrong');
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

/**
 * Loaded into the bin with `--import`: at exit it writes the process's CPU time (every thread)
 * and, on Linux, its main thread's (from /proc: utime and stime, fields 14 and 15 of the
 * thread's stat, in clock ticks of 1/100 s), so the bench can say how much of the work the main
 * thread did. Nothing of it is in the bin itself.
 */
const CPU_REPORT = `data:text/javascript,${encodeURIComponent(`
import { readFileSync } from 'node:fs';
process.on('exit', () => {
  const all = process.cpuUsage();
  let main = null;
  try {
    const stat = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    main = (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {}
  process.stderr.write('\\n${MARK} ' + JSON.stringify({ total: (all.user + all.system) / 1e6, main }) + '\\n');
});`)}`;

interface Run {
  readonly seconds: number;
  /** CPU seconds of the whole process, and of its main thread (null where unknown). */
  readonly cpu: { readonly total: number; readonly main: number | null };
}

function bin(jobs: number, input = file): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', CPU_REPORT, BIN, 'extract', '--jsonl', input, '--jobs', String(jobs)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.resume();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const at = stderr.lastIndexOf(MARK);
      if (code !== 0 || at === -1) {
        reject(new Error(`reckon exited with ${code}: ${stderr}`));
        return;
      }
      const seconds = (performance.now() - started) / 1000;
      resolve({ seconds, cpu: JSON.parse(stderr.slice(at + MARK.length)) as Run['cpu'] });
    });
  });
}

const faster = (a: Run, b: Run): Run => (b.seconds < a.seconds ? b : a);
const NONE: Run = { seconds: Infinity, cpu: { total: 0, main: null } };

loop(); // warm-up: the first round compiles the parser
let best = { loop: Infinity, one: NONE, two: NONE, empty: NONE };
/** The least CPU time each took in any round: steadier than wall-clock time under load. */
const leastCpu = { loop: Infinity, one: Infinity, two: Infinity };
for (let round = 0; round < ROUNDS; round++) {
  const base = loop();
  const one = await bin(1);
  const two = await bin(2);
  best = {
    loop: Math.min(best.loop, base.seconds),
    one: faster(best.one, one),
    two: faster(best.two, two),
    empty: faster(best.empty, await bin(1, empty)),
  };
  leastCpu.loop = Math.min(leastCpu.loop, base.cpu);
  leastCpu.one = Math.min(leastCpu.one, one.cpu.total);
  leastCpu.two = Math.min(leastCpu.two, two.cpu.total);
}
rmSync(dir, { recursive: true });

const rate = (seconds: number): number => textBytes / 1e6 / seconds;
const row = (name: string, seconds: number, note: string): string =>
  `${name.padEnd(40)} ${rate(seconds).toFixed(1).padStart(6)} MB/s ${seconds.toFixed(2).padStart(6)} s  ${note}`;
const cpu = ({ cpu: { total, main } }: Run): string =>
  `CPU ${total.toFixed(2)} s, main thread ${main === null ? 'n/a' : `${main.toFixed(2)} s (${((100 * main) / total).toFixed(0)}%)`}`;
console.log(
  `reckon extract --jsonl: ${RECORDS} records, ${(textBytes / 1e6).toFixed(1)} MB of text, best of ${ROUNDS}; ${availableParallelism()} cores`,
);
console.log(row('baseline: extractRanges in a loop', best.loop, ''));
console.log(
  row(
    'reckon extract --jsonl --jobs 1',
    best.one.seconds,
    `${(best.loop / best.one.seconds).toFixed(2)}× baseline (target ≥ 8 MB/s: ≥ ${(8 / rate(best.loop)).toFixed(2)}× this baseline); ${cpu(best.one)}`,
  ),
);
console.log(
  row(
    'reckon extract --jsonl --jobs 2',
    best.two.seconds,
    `${(best.one.seconds / best.two.seconds).toFixed(2)}× --jobs 1 (target ≥ 1.6× on 2 free cores); ${cpu(best.two)}`,
  ),
);
console.log(
  `start-up and exit alone (an empty input, --jobs 1): ${best.empty.seconds.toFixed(2)} s, ${cpu(best.empty)}`,
);
// On a busy machine the wall-clock ratios above say little; CPU time still says how much work
// each does. --jobs 2 can be at most 2 × (CPU of --jobs 1) / (CPU of --jobs 2) times faster.
const least = (name: string, seconds: number, note: string): string =>
  `  ${name.padEnd(38)} ${seconds.toFixed(2).padStart(6)} s  ${note}`;
console.log(`least CPU time of ${ROUNDS} rounds (every thread):`);
console.log(least('baseline', leastCpu.loop, ''));
console.log(
  least(
    '--jobs 1',
    leastCpu.one,
    `the baseline's work is ${(leastCpu.loop / leastCpu.one).toFixed(2)}× of it`,
  ),
);
console.log(
  least(
    '--jobs 2',
    leastCpu.two,
    `${(leastCpu.two / leastCpu.one).toFixed(2)}× --jobs 1's: at best ${((2 * leastCpu.one) / leastCpu.two).toFixed(2)}× as fast on 2 free cores`,
  ),
);
