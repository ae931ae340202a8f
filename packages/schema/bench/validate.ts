/**
 * How long validating a dossier of 10,000 estimates takes, beside two baselines measured in the
 * same run on the same text: `JSON.parse` of it, and ajv (draft 2020-12) on the shipped JSON
 * Schema. Run: `npx tsx bench/validate.ts`.
 *
 * Reckon's validation does more than ajv's: every range is read by @reckon/range (units,
 * currencies, low <= high), dates are checked against the calendar, and every reference and id
 * is resolved; ajv checks the shape only.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureSourceCondition } from '../scripts/source-condition';

ensureSourceCondition(fileURLToPath(import.meta.url));

const { Ajv2020 } = await import('ajv/dist/2020');
const { default: addFormats } = await import('ajv-formats');
const { safeParseDossier } = await import('../src/index');
const { generateDossier } = await import('./generate-dossier');

const ESTIMATES = 10_000;
const text = JSON.stringify(generateDossier(ESTIMATES));
const parsed: unknown = JSON.parse(text);

const ajv = new Ajv2020({ strict: true });
addFormats(ajv);
const schema = JSON.parse(
  readFileSync(new URL('../json-schema/dossier.json', import.meta.url), 'utf8'),
);
const ajvValidate = ajv.compile(schema);

// Both validators must accept the document, or the timings compare nothing.
const ours = safeParseDossier(parsed);
if (!ours.success)
  throw new Error(`generated dossier is invalid: ${JSON.stringify(ours.issues.slice(0, 3))}`);
if (!ajvValidate(parsed))
  throw new Error(`ajv refuses the generated dossier: ${ajv.errorsText(ajvValidate.errors)}`);

const ops = {
  jsonParse: () => JSON.parse(text),
  ajv: () => ajvValidate(parsed),
  reckon: () => safeParseDossier(parsed),
  reckonFromText: () => safeParseDossier(JSON.parse(text)),
};
type Op = keyof typeof ops;

/**
 * Runs the operations in turn, round after round, so a busy machine slows them alike; returns
 * each one's times and, per round, the ratios that matter. Medians resist outliers.
 */
function measure(rounds = 25, warmup = 3): Record<Op, number[]> {
  const times = { jsonParse: [], ajv: [], reckon: [], reckonFromText: [] } as Record<Op, number[]>;
  for (let round = 0; round < warmup + rounds; round++) {
    for (const op of Object.keys(ops) as Op[]) {
      const start = performance.now();
      ops[op]();
      if (round >= warmup) times[op].push(performance.now() - start);
    }
  }
  return times;
}

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const times = measure();
const perRound = (a: Op, b: Op) => median(times[a].map((t, i) => t / (times[b][i] as number)));
const jsonParse = median(times.jsonParse);
const ajvOnly = median(times.ajv);
const reckon = median(times.reckon);
const reckonFromText = median(times.reckonFromText);

const ms = (x: number) => `${x.toFixed(1).padStart(8)} ms`;
console.log(
  `dossier: ${ESTIMATES} estimates, ${(text.length / 1024 / 1024).toFixed(1)} MB of JSON`,
);
console.log(`JSON.parse(text)                      ${ms(jsonParse)}`);
console.log(`ajv, JSON Schema (parsed input)       ${ms(ajvOnly)}`);
console.log(`safeParseDossier (parsed input)       ${ms(reckon)}`);
console.log(`JSON.parse + safeParseDossier         ${ms(reckonFromText)}`);
console.log(`ratio: safeParseDossier / JSON.parse  ${perRound('reckon', 'jsonParse').toFixed(1)}x`);
console.log(`ratio: safeParseDossier / ajv         ${perRound('reckon', 'ajv').toFixed(1)}x`);
console.log('(medians of 25 interleaved rounds; ratios are medians of per-round ratios)');
