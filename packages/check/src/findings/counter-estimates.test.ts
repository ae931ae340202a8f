import { range } from '@reckon/range';
import { type Dossier, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/load-fixture';
import { checkDossier } from './check-dossier';

/** The ministry's counter-estimate fixture, changed by `edit`, and its findings of `code`. */
function findings(code: string, edit: (d: Dossier) => void) {
  const dossier = structuredClone(loadFixture('counter-estimate-disagrees/triggers.json'));
  edit(dossier);
  return checkDossier(parseDossier(dossier)).filter((f) => f.code === code);
}
const counter = (d: Dossier) => {
  const found = d.estimates.find((e) => e.id === 'ministry-revenue');
  if (found === undefined) throw new Error('the fixture has no counter-estimate');
  return found;
};

describe('counter-estimates', () => {
  it('names the respondent among several actors', () => {
    const [found] = findings('counter-estimate-disagrees', (d) => {
      d.actors.unshift({ id: 'minister', kind: 'person', name: 'The Minister' });
    });
    expect(found?.message).toMatch(
      /^The response of A\. Spokesperson, spokesperson \(disputes-figures\) gives/,
    );
  });

  it('says a counter-estimate above its target is certainly higher', () => {
    const [found] = findings('counter-estimate-disagrees', (d) => {
      Object.assign(counter(d).range, { low: 30e9, high: 40e9 });
    });
    expect(found?.message).toMatch(
      /\(\$30–40 billion a year\), given by A\. Spokesperson, which does not overlap .*: the response's figure is certainly higher\.$/,
    );
  });

  it('compares a counter-estimate in another currency only at a rate', () => {
    const inRiel = (d: Dossier) => {
      Object.assign(counter(d).range, { low: 2e12, high: 4e12, unit: 'KHR/year' });
    };
    expect(findings('counter-estimate-disagrees', inRiel)).toEqual([]);
    // Without a metric key beside the target's, the pair is the counter and what it disputes.
    const unkeyed = findings('currency-without-rate', (d) => {
      inRiel(d);
      const { metricKey: _, ...rest } = counter(d);
      d.estimates = [rest];
    });
    expect(unkeyed.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'are a counter-estimate and the estimate it disputes, but are in different currencies',
      ),
    ]);
    const dossier = structuredClone(loadFixture('counter-estimate-disagrees/triggers.json'));
    inRiel(dossier);
    const atRate = checkDossier(parseDossier(dossier), { rates: [range(4000, 4000, 'KHR/USD')] });
    // 2–4 trillion riel at 4,000 a dollar is $0.5–1 billion: below $12.5–19 billion.
    expect(
      atRate.filter((f) => f.code === 'counter-estimate-disagrees').map((f) => f.refs),
    ).toEqual([['ministry-response', 'ministry-revenue', 'revenue']]);
  });

  it('says when a counter-estimate answers none of the estimates its response targets', () => {
    const found = findings('counter-estimate-mismatch', (d) => {
      Object.assign(counter(d), {
        metric: 'Scam workers, per the ministry',
        metricKey: 'scam-workers',
      });
      Object.assign(counter(d).range, { low: 10_000, high: 20_000, unit: 'people' });
      d.responses[0] = {
        ...(d.responses[0] as Dossier['responses'][number]),
        targets: { reportIds: ['report-a'] },
      };
    });
    expect(found.map((f) => [f.refs, f.message])).toEqual([
      [
        ['ministry-response', 'ministry-revenue'],
        "The response of A. Spokesperson, spokesperson (disputes-figures) gives “Scam workers, per the ministry” for Cambodia (10,000–20,000 people), given by A. Spokesperson, but no estimate the response targets is of its metric, place and period, so it answers none of them. Name the estimate it disputes in the response's targets.",
      ],
    ]);
  });

  it('finds the estimates a response disputes through the claims it targets, in reports or not', () => {
    const viaClaim = (where: 'report' | 'dossier') =>
      findings('counter-estimate-disagrees', (d) => {
        const claim = {
          id: 'revenue-claim',
          kind: 'factual' as const,
          text: 'Scams earn Cambodia $12.5–19 billion a year.',
          estimateIds: ['revenue'],
        };
        if (where === 'dossier') d.claims.push(claim);
        else d.reports[0]?.findings.push(claim);
        d.responses[0] = {
          ...(d.responses[0] as Dossier['responses'][number]),
          targets: { claimIds: ['revenue-claim'] },
        };
      }).map((f) => f.refs);
    expect(viaClaim('dossier')).toEqual([['ministry-response', 'ministry-revenue', 'revenue']]);
    expect(viaClaim('report')).toEqual([['ministry-response', 'ministry-revenue', 'revenue']]);
  });

  it('takes a targeted report’s estimates of the counter’s metric and place, not the others', () => {
    const found = findings('counter-estimate-disagrees', (d) => {
      d.responses[0] = {
        ...(d.responses[0] as Dossier['responses'][number]),
        targets: { reportIds: ['report-a'] },
      };
    });
    expect(found.map((f) => f.refs)).toEqual([
      ['ministry-response', 'ministry-revenue', 'revenue'],
    ]);
  });

  it('says how a counter-estimate differs from the estimate it names: metric, place or period', () => {
    const differs = (edit: (d: Dossier) => void) =>
      findings('counter-estimate-mismatch', (d) => {
        d.responses[0] = {
          ...(d.responses[0] as Dossier['responses'][number]),
          targets: { estimateIds: ['revenue'] },
        };
        edit(d);
      }).map((f) => f.message.match(/\(another [a-z, ]+\)/)?.[0]);
    // Without a metric key, a counter in people cannot measure what a revenue does.
    expect(
      differs((d) => {
        const { metricKey: _, ...rest } = counter(d);
        Object.assign(rest.range, { low: 10_000, high: 20_000, unit: 'people' });
        d.estimates = [rest];
      }),
    ).toEqual(['(another metric)']);
    expect(
      differs((d) => {
        counter(d).geography = [{ kind: 'country', code: 'TH' }];
      }),
    ).toEqual(['(another place)']);
    expect(
      differs((d) => {
        counter(d).period = { start: '2020', end: '2020' };
        const target = d.reports[0]?.estimates.find((e) => e.id === 'revenue');
        if (target !== undefined) target.period = { start: '2024', end: '2024' };
      }),
    ).toEqual(['(another period)']);
  });
});
