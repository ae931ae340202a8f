import { describe, expect, it } from 'vitest';
import { checkDossier, deriveFigures, formatFigure } from './index';
import { loadFixture } from './testing/load-fixture';

/**
 * Small dossiers that reproduce what went wrong on real cases (estimates of people trapped in
 * scam centres, a slavery index and its revision, a hurricane's death tolls and a head of
 * state's counter-figure), each now right. Expected values are worked out by hand beside them.
 */

const figuresOf = (name: string) => deriveFigures(loadFixture(`real-cases/${name}.json`));
const findingsOf = (name: string) => checkDossier(loadFixture(`real-cases/${name}.json`));

describe('real cases', () => {
  it('gives only an upper bound for a wider place’s money over a narrower place’s head count', () => {
    const [figure] = figuresOf('wider-over-narrower');
    // $1–10 billion for the region over about 100,000 in Cambodia: Cambodia's own revenue may be
    // anything above 0 up to $10 billion, so per person it is at most 10e9 / 100,000 = $100,000.
    // It used to print "at least $10,000 and less than $100,000".
    expect(figure?.id).toBe('per-unit:region-revenue/cambodia-workers');
    expect([figure?.range.low, figure?.range.lowInclusive, figure?.range.high]).toEqual([
      0,
      false,
      100_000,
    ]);
    expect(formatFigure(figure?.range ?? expect.fail('no figure'))).toBe(
      'up to $100,000 per person a year',
    );
    expect(figure?.licence.kind).toBe('same-subject');
    expect(figure?.notes.join(' ')).toContain('Only an upper bound follows');
  });

  it('caps a country’s share of its region’s head count at 100%', () => {
    const [figure] = figuresOf('share-of-region');
    // More than 100,000 of 200,000–850,000: more than 100,000 / 850,000 = 11.76%, and a part of
    // its whole is at most 100%. It used to print "more than 12%".
    expect(figure?.range.low).toBeCloseTo(11.7647, 3);
    expect([figure?.range.high, figure?.range.highInclusive]).toEqual([100, true]);
    expect(figure?.licence.kind).toBe('place');
  });

  it('derives no money-per-death figure from a politician’s pledge and the death tolls', () => {
    const figures = figuresOf('money-per-death');
    // Relief money (relief-funds) and deaths (hurricane-deaths) are of different families; the
    // pledge over the households to be helped (relief-households) is of one.
    expect(figures.map((f) => f.id)).toEqual(['per-unit:relief-pledge/aid-per-household']);
  });

  it('agrees "about 3,000" with 2,975: compared at the precision each was given', () => {
    // About 3,000 at two figures is 2,950–3,050, which holds 2,975.
    expect(findingsOf('about-3000')).toEqual([]);
  });

  it('reports five successive tolls that disagree as one finding, not ten', () => {
    const findings = findingsOf('successive-tolls');
    expect(findings.map((f) => f.code)).toEqual(['estimates-disagree']);
    expect(findings[0]?.refs).toEqual([
      'toll-64',
      'toll-1052',
      'toll-1139',
      'toll-1427',
      'toll-2975',
    ]);
    // The highest (2,975) and the lowest (64) are named, and by how much they are apart.
    expect(findings[0]?.message).toContain('(2,975 deaths)');
    expect(findings[0]?.message).toContain('by at least 2,910 deaths');
    expect(findings[0]?.message).toContain('3 other estimates');
  });

  it('derives a population once by the paired reading of a share stated at both ends, beside the sound figure', () => {
    const figures = figuresOf('population-once');
    // 20,000–40,000 people at 0.5–1%: 2–8 million by the sound reading; 40,000 / 1% = 4 million
    // by the paired one, and 20,000 / 0.5% = 4 million again, said in a note, not derived again.
    expect(figures.map((f) => [f.id, formatFigure(f.range)])).toEqual([
      ['implied-base:enslaved-share', '2–8 million people'],
      ['paired-base:enslaved-share:high', '4 million people'],
    ]);
    expect(figures.every((f) => f.licence.kind === 'numerator')).toBe(true);
  });

  it('shows a revision as history, not a disagreement', () => {
    const findings = findingsOf('revision');
    expect(findings.map((f) => [f.code, f.severity, f.refs])).toEqual([
      ['estimates-revised', 'info', ['index-2016', 'index-2018']],
      ['estimates-revised', 'info', ['forced-2016', 'forced-2018']],
    ]);
    expect(findings[0]?.message).toContain('18 million people (2016) → 8 million people (2018)');
  });

  it('flags a subset metric above its whole', () => {
    const findings = findingsOf('subset-above-whole');
    expect(findings.map((f) => [f.code, f.severity, f.refs])).toEqual([
      ['part-metric-exceeds-whole', 'error', ['bonded', 'all-slavery']],
    ]);
  });

  it('flags two countries that together exceed their region, naming both, by listed members or by M49 code', () => {
    for (const name of ['parts-exceed-whole', 'parts-exceed-m49-region']) {
      const findings = findingsOf(name);
      // More than 100,000 plus at least 120,000 is more than 220,000, above at most 200,000.
      expect(findings.map((f) => [f.code, f.refs])).toEqual([
        ['parts-exceed-whole', ['cambodia-trapped', 'myanmar-trapped', 'region-trapped']],
      ]);
      expect(findings[0]?.message).toContain('Cambodia');
      expect(findings[0]?.message).toContain('Myanmar');
    }
  });

  it('names a counter-estimate that measures another period than the figure it disputes', () => {
    const findings = findingsOf('counter-measures-else');
    expect(findings.map((f) => [f.code, f.refs])).toEqual([
      ['counter-estimate-mismatch', ['head-of-state-response', 'counted-deaths', 'excess-deaths']],
    ]);
    expect(findings[0]?.message).toContain('(another period)');
  });
});
