import { describe, expect, it } from 'vitest';
import { renderReport } from '../render';
import { fullDossier } from '../testing/full-dossier';
import { seedDossier } from '../testing/seed';
import { reportToMdast } from './report';

const seed = seedDossier();
const report = seed.reports[0];
if (report === undefined) throw new Error('the seed has a report');

describe('reportToMdast', () => {
  it("starts with the report's title as the brief's title (the TSDoc examples)", () => {
    const tree = reportToMdast(report, { dossier: seed });
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
    expect(renderReport(report, { dossier: seed }).split('\n')[0]).toBe(
      '# Policies and Patterns: State-Abetted Transnational Crime in Cambodia as a Global Security Threat',
    );
  });

  it('gives byline, summary, estimates and numbered findings, in that order', () => {
    const lines = renderReport(report, { dossier: seed }).split('\n');
    expect(lines.slice(2, 5)).toEqual([
      'Report by Jacob Sims.[^1]',
      '',
      'Alleges that Cambodia is a global epicentre for transnational cybercrime, and that the ruling party, the Cambodian People’s Party, has enabled and profited from widespread scam operations.',
    ]);
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([
      '# Policies and Patterns: State-Abetted Transnational Crime in Cambodia as a Global Security Threat',
      '## Estimates',
      '## Findings',
    ]);
    expect(lines).toContain(
      '1. **Allegation.** Cambodia is a global epicentre for transnational cybercrime.[^2]',
    );
  });

  it("quotes a finding's direct words under it, attributed to the report, and not a paraphrase", () => {
    const text = renderReport(report, { dossier: seed, sections: ['findings'] });
    expect(text).toContain(
      [
        '3. **Factual claim.** Scamming has become an enormously profitable domestic industry in Cambodia, likely unparalleled in the Kingdom’s history. Confidence: likely.[^2]',
        '   > Scamming has become an enormously profitable domestic industry, likely unparalleled in the Kingdom’s history',
        '   >',
        '   > — The report[^2]',
      ].join('\n'),
    );
    // Finding 1's quote is a paraphrase of the finding itself: not repeated.
    expect(text).not.toContain('a recent international report alleging');
  });

  it('follows the sections option: findings before estimates, or findings alone', () => {
    const headings = (sections: ('estimates' | 'findings')[]) =>
      renderReport(report, { dossier: seed, sections })
        .split('\n')
        .filter((line) => line.startsWith('## '));
    expect(headings(['findings', 'estimates'])).toEqual(['## Findings', '## Estimates']);
    expect(headings(['findings'])).toEqual(['## Findings']);
  });

  it('writes claimant, subjects, scaled confidence, figures, verdicts and the publisher', () => {
    const dossier = fullDossier();
    const full = dossier.reports[0];
    if (full === undefined) throw new Error('the dossier has a report');
    const text = renderReport(full, { dossier, sections: ['findings'] });
    expect(text).toContain('Report by Jacob Sims, published by Publisher Name, May 2025.[^1]');
    expect(text).toContain(
      '8. **Causal claim.** A causal claim. Claimed by Jacob Sims. About: Cambodian People’s Party and Cambodian government. Confidence: probably (likely, on the IPCC AR5 scale). Figures: Cybercriminal labour force in Cambodia, Myanmar and Laos (more than 350,000 people). Rated “Misleading” by Fact Checker, June 2025.[^3]',
    );
    expect(text).toContain('   > — Jacob Sims, 2 May 2025[^4]');
  });
});
