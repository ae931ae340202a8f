import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import divergences from '../../test-support/peer-divergences.json' with { type: 'json' };
import {
  ourValues,
  type PeerCase,
  type PeerModel,
  theirValues,
} from '../../test-support/peer-specs';

// The specs sit beside the repository, in shared/peer-specs/recognizers-text/ (see its
// README for the format and the upstream commits).
const spec = (model: PeerModel): PeerCase[] =>
  JSON.parse(
    readFileSync(
      new URL(`../../../../../shared/peer-specs/recognizers-text/${model}.json`, import.meta.url),
      'utf8',
    ),
  );

const models: readonly PeerModel[] = ['NumberRangeModel', 'CurrencyModel', 'PercentModel'];

interface Divergence {
  readonly input: string;
  readonly kind: 'convention' | 'not-supported';
}

interface Score {
  readonly model: PeerModel;
  readonly agree: number;
  readonly inScope: number;
  readonly notSupported: number;
  readonly unmapped: number;
  readonly disagreeing: readonly string[];
}

function score(model: PeerModel): Score {
  const listed = divergences[model] as readonly Divergence[];
  const notSupported = new Set(
    listed.filter((d) => d.kind === 'not-supported').map((d) => d.input),
  );
  const disagreeing: string[] = [];
  let agree = 0;
  let inScope = 0;
  let unmapped = 0;
  for (const c of spec(model)) {
    const theirs = theirValues(model, c);
    // A currency they name without an ISO code ("Franc"), or a currency word with no amount.
    if (theirs === undefined) {
      unmapped++;
      continue;
    }
    const same = JSON.stringify(ourValues(model, c.Input)) === JSON.stringify(theirs);
    if (!same) disagreeing.push(c.Input);
    if (notSupported.has(c.Input)) continue;
    inScope++;
    if (same) agree++;
  }
  return { model, agree, inScope, notSupported: notSupported.size, unmapped, disagreeing };
}

const scores = models.map(score);

describe('conformance with Recognizers-Text English specs', () => {
  it.each(scores.map((s) => [s.model, s] as const))(
    '%s: the cases that disagree are exactly those listed in peer-divergences.json',
    (model, s) => {
      const listed = (divergences[model] as readonly Divergence[]).map((d) => d.input);
      expect([...s.disagreeing].sort()).toEqual([...listed].sort());
    },
  );

  it('agrees on at least 95% of the cases in scope', () => {
    const agree = scores.reduce((n, s) => n + s.agree, 0);
    const inScope = scores.reduce((n, s) => n + s.inScope, 0);
    const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
    console.log(
      [
        ...scores.map(
          (s) =>
            `${s.model}: ${s.agree}/${s.inScope} in scope agree (${pct(s.agree, s.inScope)}); ` +
            `${s.notSupported} not supported, ${s.unmapped} not mappable`,
        ),
        `Recognizers-Text specs overall: ${agree}/${inScope} = ${pct(agree, inScope)}`,
      ].join('\n'),
    );
    expect(inScope).toBeGreaterThan(150);
    expect(agree / inScope).toBeGreaterThanOrEqual(0.95);
  });
});
