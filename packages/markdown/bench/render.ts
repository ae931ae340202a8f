/**
 * Benchmark: rendering a dossier of 2,000 estimates as a brief (title, estimates table,
 * footnotes), against a template-literal renderer that writes the same text in the same run.
 * Run with `npm run bench` (or `npx tsx bench/render.ts`). The two are timed in alternation,
 * so a busy machine slows both alike; it prints the median of each, the median of the
 * per-round ratios, then where the renderer's time goes: building the tree and serialising it.
 */
import { renderDossier, serializeBrief } from '../src/index';
import { dossierToMdast } from '../src/to-mdast/dossier';
import { generateDossier } from './generate';
import { templateBrief } from './template-brief';

const COUNT = 2_000;
const RUNS = 30;
const WARMUP = 5;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function once(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Times each function in turn, round after round; returns every round's times. */
function rounds(...runs: (() => unknown)[]): number[][] {
  for (let i = 0; i < WARMUP; i++) for (const run of runs) run();
  const samples: number[][] = runs.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [j, run] of runs.entries()) samples[j]?.push(once(run));
  }
  return samples;
}

const dossier = generateDossier(COUNT);
const options = { sections: ['estimates'] } as const;

// The comparison is fair only if both write the same bytes.
const ours = renderDossier(dossier, options);
const theirs = templateBrief(dossier);
if (ours !== theirs) {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  console.error(`outputs differ at line ${at + 1}:\n  renderer: ${a[at]}\n  template: ${b[at]}`);
  process.exit(1);
}

const tree = dossierToMdast(dossier, options);
const [ourTimes = [], templateTimes = [], buildTimes = [], serialiseTimes = []] = rounds(
  () => renderDossier(dossier, options),
  () => templateBrief(dossier),
  () => dossierToMdast(dossier, options),
  () => serializeBrief(tree),
);
const rendered = median(ourTimes);
const template = median(templateTimes);
const ratio = median(ourTimes.map((t, i) => t / (templateTimes[i] ?? Number.NaN)));
const build = median(buildTimes);
const serialise = median(serialiseTimes);

const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(
  `@reckon/markdown: ${COUNT} estimates, ${ours.length} characters, median of ${RUNS} runs`,
);
console.log(`  renderDossier      ${ms(rendered)}`);
console.log(`  template literals  ${ms(template)}   (same bytes)`);
console.log(`  ratio              ${ratio.toFixed(1)}x   (median of per-round ratios)`);
console.log('  where the time goes:');
console.log(`    dossierToMdast   ${ms(build)}   (words, ranges, names, the tree)`);
console.log(
  `    serializeBrief   ${ms(serialise)}   (mdast-util-to-markdown + GFM: escaping, table layout)`,
);
