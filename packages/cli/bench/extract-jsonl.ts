/**
 * Throughput of `reckon extract --jsonl`, the built bin, with one job and with two, beside
 * `extractRanges` called in a loop over the same texts in this one process (no JSON, no
 * streams, no workers: the most one thread can do). Rounds are interleaved so a change in
 * machine load affects all of them alike; each figure is the best round.
 *
 * MB/s is 10^6 bytes of UTF-8 record *text* per second (the `text` fields, not the JSON
 * around them), so every figure counts the same work. The bin's time includes starting
 * Node and its workers, compiling the parser, reading the file and writing the hits (to a
 * pipe that is drained).
 *
 * Each count of jobs runs a short stream and a long one (the short one's records and as many
 * again three times over). A run costs a fixed time (start-up, a worker's start, the first
 * batches read by code not yet optimised) plus a time per MB; the two lengths separate them.
 * "Steady" is the long stream's extra MB over its extra seconds: the rate at which an archive
 * of millions of records goes through, which is what the command is for, and what the
 * targets are about. The whole-run figures of both lengths are printed too.
 *
 * Each bin row also gives the process's CPU time and its main thread's share (Linux), which
 * say where the time goes even on a busy machine, where wall-clock ratios are unreliable.
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
/** Records in the short stream; the long one holds four times as many. */
const SHORT = 40_000;
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
for (let i = 0; i < 4 * SHORT; i++) {
  texts.push([0, 1, 2, 3, 4].map((j) => SENTENCES[(i * 5 + j * 3) % SENTENCES.length]).join(' '));
}
const encoder = new TextEncoder();

const dir = mkdtempSync(join(tmpdir(), 'reckon-bench-'));
const empty = join(dir, 'empty.jsonl');
writeFileSync(empty, '');
/** Marks the line the CPU report writes on standard error. */
const MARK = 'reckon-bench-cpu';

/** A file of NDJSON records: the first `records` texts. */
interface Stream {
  readonly name: string;
  readonly file: string;
  readonly texts: readonly string[];
  /** UTF-8 bytes of the texts alone. */
  readonly textBytes: number;
}

async function writeStream(name: string, records: number): Promise<Stream> {
  const file = join(dir, `${name}.jsonl`);
  const out = createWriteStream(file);
  for (let i = 0; i < records; i++) {
    if (!out.write(`${JSON.stringify({ id: `r${i}`, text: texts[i] })}\n`))
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const own = texts.slice(0, records);
  const textBytes = own.reduce((sum, text) => sum + encoder.encode(text).length, 0);
  return { name, file, texts: own, textBytes };
}
const short = await writeStream('short', SHORT);
const long = await writeStream('long', 4 * SHORT);

/** The baseline's wall-clock time and CPU time (this process, every thread), in seconds. */
function loop(stream: Stream): Run {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let hits = 0;
  for (const text of stream.texts) hits += extractRanges(text).length;
  if (hits === 0) throw new Error('no hits: the corpus is wrong');
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, cpu: { total: (cpu.user + cpu.system) / 1e6, main: null } };
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

function bin(jobs: number, input: string): Promise<Run> {
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

/** The best round of each way of running, for each stream, and of the empty input. */
type Way = 'loop' | 'one' | 'two';
const NONE: Run = { seconds: Infinity, cpu: { total: Infinity, main: null } };
const best = new Map<string, Run>();
const keep = (key: string, run: Run): void => {
  if (run.seconds < (best.get(key) ?? NONE).seconds) best.set(key, run);
};
const get = (way: Way, stream: Stream): Run => best.get(`${way} ${stream.name}`) ?? NONE;
/** The least CPU time of the long stream's runs: steadier than wall-clock time under load. */
const leastCpu = { loop: Infinity, one: Infinity, two: Infinity };

loop(long); // warm-up: the first round compiles the parser
for (let round = 0; round < ROUNDS; round++) {
  for (const stream of [short, long]) {
    const runs: Record<Way, Run> = {
      loop: loop(stream),
      one: await bin(1, stream.file),
      two: await bin(2, stream.file),
    };
    for (const way of ['loop', 'one', 'two'] as const) {
      keep(`${way} ${stream.name}`, runs[way]);
      if (stream === long) leastCpu[way] = Math.min(leastCpu[way], runs[way].cpu.total);
    }
  }
  keep('empty', await bin(1, empty));
}
rmSync(dir, { recursive: true });

const mb = (stream: Stream): number => stream.textBytes / 1e6;
/** Whole-run MB/s of a stream. */
const rate = (way: Way, stream: Stream): number => mb(stream) / get(way, stream).seconds;
/** MB/s once running: the long stream's extra MB over its extra seconds. */
const steady = (way: Way): number =>
  (mb(long) - mb(short)) / (get(way, long).seconds - get(way, short).seconds);
/** Seconds a run costs whatever its length: the short run less its MB at the steady rate. */
const fixed = (way: Way): number => get(way, short).seconds - mb(short) / steady(way);

const cell = (text: string): string => text.padStart(14);
const mbs = (value: number): string => cell(`${value.toFixed(1)} MB/s`);
const row = (name: string, cells: readonly string[], note = ''): string =>
  `${name.padEnd(34)}${cells.join('')}  ${note}`;
const cpu = ({ cpu: { total, main } }: Run): string =>
  `CPU ${total.toFixed(2)} s, main thread ${main === null ? 'n/a' : `${main.toFixed(2)} s (${((100 * main) / total).toFixed(0)}%)`}`;
const ways = (way: Way): string[] => [
  mbs(rate(way, short)),
  mbs(rate(way, long)),
  mbs(steady(way)),
];
const ratio = (value: number): string => cell(`${value.toFixed(2)}×`);

console.log(
  `reckon extract --jsonl, best of ${ROUNDS}; ${availableParallelism()} cores; a short stream of ${SHORT.toLocaleString('en')} records (${mb(short).toFixed(1)} MB of text) and a long one of ${(4 * SHORT).toLocaleString('en')} (${mb(long).toFixed(1)} MB)`,
);
console.log(row('', [cell('short stream'), cell('long stream'), cell('steady')]));
console.log(row('baseline: extractRanges in a loop', ways('loop')));
console.log(
  row(
    'reckon extract --jsonl --jobs 1',
    ways('one'),
    `steady: ${(steady('one') / steady('loop')).toFixed(2)}× baseline (target ≥ 8 MB/s)`,
  ),
);
console.log(row('reckon extract --jsonl --jobs 2', ways('two')));
console.log(
  row(
    '--jobs 2 over --jobs 1',
    [
      ratio(rate('two', short) / rate('one', short)),
      ratio(rate('two', long) / rate('one', long)),
      ratio(steady('two') / steady('one')),
    ],
    'target ≥ 1.6× on 2 free cores',
  ),
);
console.log(
  `fixed cost of a run (start-up, a worker's start, code not yet optimised): --jobs 1 ${fixed('one').toFixed(2)} s, --jobs 2 ${fixed('two').toFixed(2)} s`,
);
const emptyRun = best.get('empty') ?? NONE;
console.log(
  `start-up and exit alone (an empty input, --jobs 1): ${emptyRun.seconds.toFixed(2)} s, ${cpu(emptyRun)}`,
);
console.log(`long stream, --jobs 1: ${cpu(get('one', long))}`);
console.log(`long stream, --jobs 2: ${cpu(get('two', long))}`);
// On a busy machine the wall-clock ratios above say little; CPU time still says how much work
// each does. --jobs 2 can be at most 2 × (CPU of --jobs 1) / (CPU of --jobs 2) times faster.
const least = (name: string, seconds: number, note: string): string =>
  `  ${name.padEnd(38)} ${seconds.toFixed(2).padStart(6)} s  ${note}`;
console.log(`least CPU time of ${ROUNDS} rounds of the long stream (every thread):`);
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
