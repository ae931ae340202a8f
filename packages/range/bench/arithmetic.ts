/**
 * Operations per second for `add` and `div` of two unit-carrying ranges, beside
 * (1) a plain `{ lo, hi }` float interval written here, with no units, no inclusivity and
 * no outward rounding, and (2) mathjs unit arithmetic with a user-defined USD unit, where a
 * range is a pair of mathjs Units. Everything runs in this one process, on the same inputs,
 * with the rounds of the three interleaved so that a change in machine load affects all of
 * them alike; the ratios are the figures to read.
 *
 * The package is measured as it ships: `src/index.ts` bundled into one ES module by esbuild
 * (what tsup does for `dist/`), not module by module through a TypeScript loader.
 *
 *   npx tsx bench/arithmetic.ts
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { all, create, type Unit as MathUnit } from 'mathjs';
import type * as Reckon from '../src/index';
import type { Range } from '../src/index';

const bundle = join(tmpdir(), `reckon-range-bench-${process.pid}.mjs`);
await build({
  entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  outfile: bundle,
  logLevel: 'warning',
});
const { add, div, range } = (await import(pathToFileURL(bundle).href)) as typeof Reckon;
rmSync(bundle);

const SIZE = 1024; // distinct inputs, cycled, so nothing is constant-folded
const ROUNDS = 7;
const ROUND_MS = 300;

// ---- inputs -----------------------------------------------------------------------------

const revenue: Range[] = [];
const regional: Range[] = [];
const workers: Range[] = [];
for (let i = 0; i < SIZE; i++) {
  const low = 12e9 + i * 1e6;
  revenue.push(range(low, low * 1.5, 'USD/year'));
  regional.push(range(50e9 + i * 1e6, 75e9 + i * 1e6, 'USD/year'));
  workers.push(range(350000 + i, 400000 + i, 'people'));
}

// ---- baseline 1: a plain float interval ------------------------------------------------------

interface Interval {
  readonly lo: number;
  readonly hi: number;
}
const toInterval = (r: Range): Interval => ({ lo: r.low, hi: r.high });
const floatAdd = (a: Interval, b: Interval): Interval => ({ lo: a.lo + b.lo, hi: a.hi + b.hi });
function floatDiv(a: Interval, b: Interval): Interval {
  if (b.lo <= 0 && b.hi >= 0) throw new Error('division by an interval containing 0');
  const q1 = a.lo / b.lo;
  const q2 = a.lo / b.hi;
  const q3 = a.hi / b.lo;
  const q4 = a.hi / b.hi;
  return { lo: Math.min(q1, q2, q3, q4), hi: Math.max(q1, q2, q3, q4) };
}
const fRevenue = revenue.map(toInterval);
const fRegional = regional.map(toInterval);
const fWorkers = workers.map(toInterval);

// ---- baseline 2: mathjs units --------------------------------------------------------------

const math = create(all as NonNullable<typeof all>);
math.createUnit('USD');
math.createUnit('people');
interface UnitPair {
  readonly lo: MathUnit;
  readonly hi: MathUnit;
}
const toPair = (r: Range, u: string): UnitPair => ({
  lo: math.unit(r.low, u),
  hi: math.unit(r.high, u),
});
const mRevenue = revenue.map((r) => toPair(r, 'USD/year'));
const mRegional = regional.map((r) => toPair(r, 'USD/year'));
const mWorkers = workers.map((r) => toPair(r, 'people'));
const mathAdd = (a: UnitPair, b: UnitPair): UnitPair => ({
  lo: math.add(a.lo, b.lo) as MathUnit,
  hi: math.add(a.hi, b.hi) as MathUnit,
});
// Generous to mathjs: positive ranges only, two divisions, no sign or zero handling.
const mathDiv = (a: UnitPair, b: UnitPair): UnitPair => ({
  lo: math.divide(a.lo, b.hi) as MathUnit,
  hi: math.divide(a.hi, b.lo) as MathUnit,
});

// ---- timing --------------------------------------------------------------------------------

let sink = 0;
const BATCH = 10_000;
/**
 * Every case stores its results here, as a program keeps what it computes. Without this
 * the JIT can inline the float baseline, see that its `{ lo, hi }` never escapes, and
 * delete the allocation, timing two bare additions instead of an interval operation.
 */
const kept: unknown[] = new Array(SIZE).fill(null);

const at = <T>(list: readonly T[], i: number): T => list[i & (SIZE - 1)] as T;

/** Each case runs BATCH operations in its own loop: a monomorphic, inlinable call site. */
const cases = {
  'add ours': () => {
    let s = 0;
    for (let i = 0; i < BATCH; i++) {
      const r = add(at(revenue, i), at(regional, i));
      kept[i & (SIZE - 1)] = r;
      s += r.low;
    }
    return s;
  },
  'add float': () => {
    let s = 0;
    for (let i = 0; i < BATCH; i++) {
      const r = floatAdd(at(fRevenue, i), at(fRegional, i));
      kept[i & (SIZE - 1)] = r;
      s += r.lo;
    }
    return s;
  },
  'add mathjs': () => {
    let s = 0;
    for (let i = 0; i < BATCH; i++) {
      const r = mathAdd(at(mRevenue, i), at(mRegional, i));
      kept[i & (SIZE - 1)] = r;
      s += r.lo.value ?? 0;
    }
    return s;
  },
  'div ours': () => {
    let s = 0;
    for (let i = 0; i < BATCH; i++) {
      const r = div(at(regional, i), at(workers, i));
      kept[i & (SIZE - 1)] = r;
      s += r.high;
    }
    return s;
  },
  'div float': () => {
    let s = 0;
    for (let i = 0; i < BATCH; i++) {
      const r = floatDiv(at(fRegional, i), at(fWorkers, i));
      kept[i & (SIZE - 1)] = r;
      s += r.hi;
    }
    return s;
  },
  'div mathjs': () => {
    let s = 0;
    for (let i = 0; i < BATCH; i++) {
      const r = mathDiv(at(mRegional, i), at(mWorkers, i));
      kept[i & (SIZE - 1)] = r;
      s += r.hi.value ?? 0;
    }
    return s;
  },
};
type CaseName = keyof typeof cases;

/** ops/second of one case over one round of ROUND_MS. */
function round(batch: () => number): number {
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    sink += batch();
    ops += BATCH;
    elapsed = performance.now() - start;
  }
  return (ops / elapsed) * 1000;
}

// A warm-up round each, then ROUNDS rounds of every case in turn; report the medians.
const rates = new Map<CaseName, number[]>();
for (let r = -1; r < ROUNDS; r++) {
  for (const [name, batch] of Object.entries(cases) as [CaseName, () => number][]) {
    const rate = round(batch);
    if (r >= 0) rates.set(name, [...(rates.get(name) ?? []), rate]);
  }
}
const median = (name: CaseName): number => {
  const sorted = [...(rates.get(name) ?? [])].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const results = {
  add: { ours: median('add ours'), float: median('add float'), mathjs: median('add mathjs') },
  div: { ours: median('div ours'), float: median('div float'), mathjs: median('div mathjs') },
};

const format = (n: number): string => `${(n / 1e6).toFixed(2)}M`.padStart(9);
console.log(
  '@reckon/range arithmetic, ops/second (median of %d rounds of %d ms)',
  ROUNDS,
  ROUND_MS,
);
console.log('op    @reckon/range  float {lo,hi}  mathjs Unit   ours/float  ours/mathjs');
for (const [op, r] of Object.entries(results)) {
  const vsFloat = r.ours / r.float;
  const vsMathjs = r.ours / r.mathjs;
  console.log(
    `${op.padEnd(5)} ${format(r.ours)}      ${format(r.float)}      ${format(r.mathjs)}    ` +
      `${vsFloat.toFixed(2).padStart(8)}  ${vsMathjs.toFixed(1).padStart(10)}x`,
  );
}
console.log('targets: ours/float >= 0.25, ours/mathjs >= 20x');
if (sink === 42) console.log(''); // keep results alive
