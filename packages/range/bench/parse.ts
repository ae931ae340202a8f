/**
 * Benchmark of parseRange and extractRanges beside Microsoft Recognizers-Text and
 * compromise, run in the same process on the same labelled corpus, with each library's
 * accuracy on the corpus phrases, and the time of adversarial inputs at 1 MB and 2 MB.
 *
 *   npx tsx bench/parse.ts
 *
 * Throughput: phrases/second over the corpus phrases; MB/s (10^6 bytes of UTF-8) over a
 * large text made of the corpus paragraphs and sentences and the seed article, repeated.
 * Each figure is the best of several timed rounds of at least 300 ms after a warm-up.
 *
 * Accuracy, scored the same way for every library: a phrase counts when some result of the
 * library, mapped to our terms, has the labelled low and high (an open bound stays open)
 * and the labelled unit's kind: the same ISO currency, `%`, or a plain number where the
 * label has a count noun or no unit (neither peer models count nouns; periods are not
 * compared, since neither peer models them). Mapping: Recognizers-Text `recognizeCurrency`
 * (value and `isoCurrency`, or its unit name: Dollar as USD, Pound as GBP, Euro as EUR),
 * `recognizePercentage` (`60%` as 60 %) and `recognizeNumber` (plain numbers), culture
 * en-us; compromise `money()` (currency, with the value of `numbers()` on the same words,
 * since `money()` drops the scale word), `percentages()` and `numbers()`. Both peers give
 * only points, so a range or an open bound counts for them only if the label is a point.
 * Our strict score (every labelled field, as the corpus test checks it) is printed too.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as recognizers from '@microsoft/recognizers-text-suite';
import nlp from 'compromise';
import { extractRanges } from '../src/parse/extract-ranges';
import { parseRange } from '../src/parse/parse-range';
import { unit } from '../src/unit';
import { adversarialInputs } from '../test-support/adversarial-inputs';
import { type CorpusRange, differences } from '../test-support/corpus-score';
import { chunkMb, chunks, large, mb, paragraphs, phrases } from './bench-text';
import { time } from './timing';

// ---- scoring -------------------------------------------------------------------------

/** A value a library found, with the kind of its unit: an ISO code, `%`, or `1`. */
interface Found {
  readonly low: number;
  readonly high: number;
  readonly kind: string;
}

/** The kind of a labelled unit: its currency, its ratio, or `1` for counts and plain numbers. */
function unitKind(text: string): string {
  const top = unit(text).atoms.find((a) => a.power > 0);
  if (!top) return '1';
  if (top.kind === 'currency' || top.kind === 'dimensionless') return top.name;
  return '1';
}

function matches(found: readonly Found[], label: CorpusRange): boolean {
  const low = label.low ?? Number.NEGATIVE_INFINITY;
  const high = label.high ?? Number.POSITIVE_INFINITY;
  const kind = unitKind(label.unit);
  const close = (a: number, b: number) =>
    a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  return found.some((f) => f.kind === kind && close(f.low, low) && close(f.high, high));
}

const point = (value: number, kind: string): Found => ({ low: value, high: value, kind });

const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dollars: 'USD',
  $: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
  'jpy/yen': 'JPY',
  yuan: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  baht: 'THB',
  riel: 'KHR',
  riels: 'KHR',
};

const codeOf = (name: string | undefined): string | undefined => {
  if (name === undefined) return undefined;
  if (/^[A-Z]{3}$/.test(name)) return name;
  return CURRENCY_NAMES[name.toLowerCase()];
};

const EN = recognizers.Culture.English;
const RECOGNIZER_UNITS: Readonly<Record<string, string>> = {
  Dollar: 'USD',
  Pound: 'GBP',
  Euro: 'EUR',
};

function recognizersFind(text: string): Found[] {
  const out: Found[] = [];
  for (const r of recognizers.recognizeCurrency(text, EN)) {
    const { value, unit: name, isoCurrency } = r.resolution as Record<string, string | undefined>;
    const code = isoCurrency ?? (name === undefined ? undefined : RECOGNIZER_UNITS[name]);
    if (value != null && code) out.push(point(Number(value), code));
  }
  for (const r of recognizers.recognizePercentage(text, EN)) {
    const value = (r.resolution as { value?: string }).value;
    if (value) out.push(point(Number(value.replace('%', '')), '%'));
  }
  for (const r of recognizers.recognizeNumber(text, EN)) {
    const value = (r.resolution as { value?: string }).value;
    if (value) out.push(point(Number(value), '1'));
  }
  return out;
}

interface CompromiseNumber {
  readonly number?: { readonly num: number; readonly unit?: string; readonly prefix?: string };
  readonly money?: { readonly currency: string; readonly num: number };
  readonly text: string;
}

function compromiseFind(text: string): Found[] {
  const doc = nlp(text);
  const out: Found[] = [];
  for (const m of doc.money().json() as CompromiseNumber[]) {
    const code = codeOf(m.money?.currency);
    const scaled = (nlp(m.text).numbers().json() as CompromiseNumber[])[0]?.number?.num;
    if (code && scaled !== undefined) out.push(point(scaled, code));
  }
  for (const p of doc.percentages().json() as CompromiseNumber[]) {
    if (p.number) out.push(point(p.number.num, '%'));
  }
  for (const n of doc.numbers().json() as CompromiseNumber[]) {
    if (!n.number) continue;
    const code = codeOf(n.number.unit) ?? codeOf(n.number.prefix);
    out.push(point(n.number.num, code ?? '1'));
  }
  return out;
}

function oursFind(text: string): Found[] {
  try {
    const r = parseRange(text);
    return [{ low: r.low, high: r.high, kind: unitKind(r.unit.text) }];
  } catch {
    return [];
  }
}

function accuracy(find: (text: string) => Found[]): number {
  let right = 0;
  for (const p of phrases) if (matches(find(p.phrase), p.expected)) right++;
  return right / phrases.length;
}

function strictAccuracy(): number {
  let right = 0;
  for (const p of phrases) {
    try {
      if (differences(parseRange(p.phrase), p.expected).length === 0) right++;
    } catch {
      // a miss
    }
  }
  return right / phrases.length;
}

// ---- timing --------------------------------------------------------------------------

const texts = phrases.map((p) => p.phrase);
const perPhrase = (f: (t: string) => unknown) => () => {
  for (const t of texts) f(t);
};

const fmt = (x: number, digits = 3) => Number(x.toPrecision(digits)).toLocaleString('en');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function row(cells: readonly string[]): string {
  const widths = [34, 16, 16, 16];
  return cells.map((c, i) => c.padEnd(widths[i] ?? 16)).join('');
}

console.log(`corpus: ${phrases.length} phrases, ${paragraphs.length} paragraphs\n`);

// Accuracy.
const ours = accuracy(oursFind);
const theirsR = accuracy(recognizersFind);
const theirsC = accuracy(compromiseFind);
console.log('accuracy on the corpus phrases (same low, high and unit kind; see the header)');
console.log(row(['', '@reckon/range', 'Recognizers', 'compromise']));
console.log(row(['accuracy', pct(ours), pct(theirsR), pct(theirsC)]));
console.log(`@reckon/range strict (every labelled field): ${pct(strictAccuracy())}\n`);

// parseRange throughput.
const ms = {
  ours: time(perPhrase((t) => safe(() => parseRange(t)))),
  recognizers: time(perPhrase(recognizersFind), 1000, 3),
  compromise: time(perPhrase(compromiseFind), 1000, 3),
};
function safe(f: () => unknown): unknown {
  try {
    return f();
  } catch {
    return undefined;
  }
}
const pps = (perRound: number) => (texts.length * 1000) / perRound;
console.log(
  'phrases/second over the corpus phrases (peers: currency + percent + number recognizers)',
);
console.log(row(['', '@reckon/range', 'Recognizers', 'compromise']));
console.log(
  row(['phrases/s', fmt(pps(ms.ours)), fmt(pps(ms.recognizers)), fmt(pps(ms.compromise))]),
);
console.log(
  row([
    '@reckon/range is',
    '1×',
    `${fmt(ms.recognizers / ms.ours)}× faster`,
    `${fmt(ms.compromise / ms.ours)}× faster`,
  ]),
);
console.log();

// extractRanges throughput. Recognizers-Text slows down more than linearly on long inputs
// (a 20 KB text takes seconds), so the three libraries are compared paragraph by
// paragraph, as each is meant to be used, on the same chunks; ours also reads the whole
// large text at once.
const eachChunk = (f: (t: string) => unknown) => () => {
  for (const c of chunks) f(c);
};
// Ours alone first, in a process of its own (see `extract-alone.ts`), then all three here.
const alone = JSON.parse(
  execFileSync(process.execPath, [
    ...process.execArgv,
    fileURLToPath(new URL('./extract-alone.ts', import.meta.url)),
  ]).toString(),
) as { large: number; chunks: number };
const tLarge = time(() => extractRanges(large), 1000, 3);
const tChunksOurs = time(eachChunk(extractRanges), 500, 3);
const tChunksR = time(eachChunk(recognizersFind), 1000, 1);
const tChunksC = time(eachChunk(compromiseFind), 1000, 1);
console.log(
  `extractRanges on one ${fmt(mb(large))} MB text (the chunks below, repeated): ` +
    `${fmt(alone.large)} MB/s in a process of its own, ` +
    `${fmt(mb(large) / (tLarge / 1000))} MB/s in this one`,
);
console.log(
  `MB/s over ${chunks.length} chunks (${fmt(chunkMb)} MB: seed article quotes, corpus ` +
    'paragraphs and sentences), each read on its own; "here" is this process, which also ' +
    'holds both peers and has run parseRange:',
);
console.log(row(['', '@reckon/range', 'Recognizers', 'compromise']));
console.log(row(['MB/s, alone', fmt(alone.chunks), '', '']));
console.log(
  row([
    'MB/s, here',
    fmt(chunkMb / (tChunksOurs / 1000)),
    fmt(chunkMb / (tChunksR / 1000)),
    fmt(chunkMb / (tChunksC / 1000)),
  ]),
);
console.log(
  row([
    '@reckon/range is (here)',
    '1×',
    `${fmt(tChunksR / tChunksOurs)}× faster`,
    `${fmt(tChunksC / tChunksOurs)}× faster`,
  ]),
);
console.log();

// Adversarial inputs: linear means 2 MB takes about twice as long as 1 MB.
console.log('adversarial inputs, extractRanges and parseRange (linear time: 2 MB / 1 MB ≈ 2)');
console.log(row(['input', '1 MB (ms)', '2 MB (ms)', '2 MB / 1 MB']));
const one = adversarialInputs(1_000_000);
const two = adversarialInputs(2_000_000);
for (let i = 0; i < one.length; i++) {
  const [name, small] = one[i] ?? ['', ''];
  const big = two[i]?.[1] ?? '';
  const run = (text: string) => () => {
    extractRanges(text);
    safe(() => parseRange(text));
  };
  const t1 = time(run(small), 200, 3);
  const t2 = time(run(big), 200, 3);
  console.log(row([name, fmt(t1), fmt(t2), fmt(t2 / t1, 2)]));
}
