import type { OfficialResponse } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { BriefDataError } from '../errors';
import { renderDossier, renderResponse } from '../render';
import { fullDossier } from '../testing/full-dossier';
import { seedDossier } from '../testing/seed';
import { responseToMdast } from './response';

const seed = seedDossier();
const response = seed.responses[0] as OfficialResponse;

/** The lines of a section, from its heading to the next heading of the same or higher level. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  const level = heading.indexOf(' ');
  const end = lines.findIndex(
    (line, i) => i > start && /^#+ /.test(line) && line.indexOf(' ') <= level,
  );
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== '');
}

describe('responseToMdast', () => {
  it("starts with the responding body's name (the TSDoc examples)", () => {
    expect(responseToMdast(response, { dossier: seed }).children[0]?.type).toBe('heading');
    expect(renderResponse(response, { dossier: seed }).split('\n')[0]).toBe(
      '# Official response: Ministry of Interior',
    );
  });

  it('gives who, when (saying the year is unknown), stance and source as fact lines', () => {
    const lines = renderResponse(response, { dossier: seed }).split('\n');
    expect(lines.slice(2, 6)).toEqual([
      '- **Who:** Touch Sokhak, spokesperson, Ministry of Interior',
      '- **When:** 20 May (year not recorded)',
      '- **Stance:** dismisses _Policies and Patterns: State-Abetted Transnational Crime in Cambodia as a Global Security Threat_',
      '- **Reported by:** news article[^1]',
    ]);
  });

  it('on its own, lists in full each thing it answers', () => {
    const answers = section(renderResponse(response, { dossier: seed }), '## What it answers');
    expect(answers).toHaveLength(8);
    expect(answers[0]).toBe(
      '- The report _Policies and Patterns: State-Abetted Transnational Crime in Cambodia as a Global Security Threat_',
    );
    expect(answers[1]).toBe(
      '- **Allegation.** Cambodia is a global epicentre for transnational cybercrime.',
    );
  });

  it('in a brief that listed the findings above, refers to them by number', () => {
    const brief = renderDossier(seed, { sections: ['findings', 'responses'] });
    expect(section(brief, '### What it answers')).toEqual([
      '- The report _Policies and Patterns: State-Abetted Transnational Crime in Cambodia as a Global Security Threat_, and all 7 of its findings, listed above',
    ]);
    // With the responses first, nothing is listed yet: the findings are given in full.
    const first = renderDossier(seed, { sections: ['responses', 'findings'] });
    expect(section(first, '### What it answers')).toHaveLength(8);
  });

  it('names some findings by number, and other claims and estimates it answers', () => {
    const dossier = fullDossier();
    const partial = {
      ...dossier,
      responses: dossier.responses.map((r) => ({
        ...r,
        targets: {
          claimIds: [
            'finding-cpp-profits',
            'finding-profitable-industry',
            'finding-civil-society-silenced',
            'loose-claim',
          ],
          estimateIds: ['cambodia-scam-revenue'],
        },
      })),
    };
    const brief = renderDossier(partial, { sections: ['findings', 'responses'] });
    expect(section(brief, '### What it answers')).toEqual([
      '- Findings 2–3 and 6 of the report _Policies and Patterns: State-Abetted Transnational Crime in Cambodia as a Global Security Threat_, listed above',
      // The loose claim comes after the seed's own free-standing claims.
      `- Claim ${seed.claims.length + 1} of the other claims, listed above`,
      '- **Estimate.** Revenue from scam operations in Cambodia: $12.5–19 billion a year',
    ]);
  });

  it('gives each argument with the quotes that carry it, and the quotes no argument uses', () => {
    const text = renderResponse(response, { dossier: seed });
    expect(section(text, '## Arguments').slice(0, 4)).toEqual([
      '1. **Methodology.** The report is not scientific: it is not grounded in scientific research and relies on sources from unverified groups.',
      '   > Sokhak also criticised the report’s methodology, claiming it was not grounded in scientific research and relied on sources from unverified groups.',
      '   >',
      '   > — Paraphrase of Touch Sokhak[^1]',
    ]);
    expect(section(text, '## Other quotes').slice(0, 3)).toEqual([
      '> ridiculous',
      '>',
      '> — Touch Sokhak[^1]',
    ]);
  });

  it("gives the channel and the response's own figures", () => {
    const dossier = fullDossier();
    const text = renderResponse(dossier.responses[0] as OfficialResponse, { dossier });
    expect(text).toContain('- **How:** at a press conference');
    expect(section(text, '## Its own figures')).toEqual([
      '- Scam revenue according to the ministry: $1–3 billion a year (90% interval)',
    ]);
  });

  it('says when an argument points to a quote the response does not have', () => {
    const broken = {
      ...response,
      arguments: [{ kind: 'other' as const, summary: 'S.', quoteIds: ['missing'] }],
    };
    expect(renderResponse(broken)).toContain('   (Quote missing is not in this response.)');
  });

  it('refuses a date that is not a partial date, saying where', () => {
    expect(() => responseToMdast({ ...response, date: '20 May' })).toThrowError(
      new BriefDataError(
        'cannot write the date "20 May" at response.date: a date is written YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM-DD (a day of unknown year)',
        'response.date',
      ),
    );
  });
});
