/**
 * Benchmark: `deriveFigures` + `checkDossier` on a series of one metric, 200 countries × 25
 * years (5,000 estimates) and 200 × 250 (50,000), beside validating the same dossier
 * (`validateOnce`, which is `parseDossier` remembered) in the same run. Rounds alternate the
 * two, so a busy machine slows both alike; medians resist outliers. Run with `npm run bench`.
 *
 * Targets: check + derive at most 3× validation, and 50,000 estimates at most 12× the time of
 * 5,000 (near-linear growth).
 */
import { checkDossier, deriveFigures, validateOnce } from '../src/index';
import { generateSeries } from './generate-series';

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

interface Measure {
  readonly estimates: number;
  readonly validate: number;
  readonly check: number;
  readonly ratio: number;
  readonly findings: number;
  readonly figures: number;
}

function measure(countries: number, years: number, rounds: number): Measure {
  const text = JSON.stringify(generateSeries(countries, years));
  const validate: number[] = [];
  const check: number[] = [];
  const ratios: number[] = [];
  let findings = 0;
  let figures = 0;
  for (let round = 0; round < rounds + 1; round++) {
    // A fresh object each round, as read from a file: nothing is remembered between rounds.
    const input: unknown = JSON.parse(text);
    let dossier = validateOnce({ schemaVersion: '0.2' });
    const v = time(() => {
      dossier = validateOnce(input);
    });
    const c = time(() => {
      figures = deriveFigures(dossier).length;
      findings = checkDossier(dossier).length;
    });
    if (round === 0) continue; // warm-up
    validate.push(v);
    check.push(c);
    ratios.push(c / v);
  }
  return {
    estimates: countries * years,
    validate: median(validate),
    check: median(check),
    ratio: median(ratios),
    findings,
    figures,
  };
}

const small = measure(200, 25, 15);
const large = measure(200, 250, 7);
const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log('@reckon/check: derive + check on a one-metric series, beside validation');
console.log(
  '| estimates | validate (baseline) | derive + check | ratio (target ≤ 3×) | figures | findings |',
);
console.log(
  '| --------: | ------------------: | -------------: | ------------------: | ------: | -------: |',
);
for (const m of [small, large]) {
  console.log(
    `| ${m.estimates.toLocaleString('en')} | ${ms(m.validate)} | ${ms(m.check)} | ${m.ratio.toFixed(2)}× | ${m.figures} | ${m.findings} |`,
  );
}
console.log(
  `growth of derive + check from 5,000 to 50,000 estimates: ${(large.check / small.check).toFixed(1)}× (target ≤ 12×)`,
);
