/**
 * Three real cases from public sources, in areas the seed does not touch: a public-health toll
 * (COVID-19 excess deaths in India), a conflict casualty count (Iraq, 2006) and a migration
 * figure (UK net migration, revised twice). Each is validated, checked and rendered; the briefs
 * and the check findings are golden files beside the dossiers, read by an editor. After a
 * deliberate change of wording, `npx vitest run -u src/real-cases.test.ts` (in
 * packages/markdown) rewrites them: read the diff before committing it.
 */
import { readFileSync } from 'node:fs';
import { checkDossier } from '@reckon/check';
import { parseDossier, safeParseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { renderDossier } from './render';
import { parseBack } from './testing/parse-back';

const CASES = ['covid-excess-deaths-india', 'iraq-war-excess-deaths', 'uk-net-migration-revisions'];
const dir = '../../../examples/real-cases/';
const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`${dir}${name}.json`, import.meta.url), 'utf8'));

describe.each(CASES)('the real case %s', (name) => {
  it('validates', () => {
    const result = safeParseDossier(read(name));
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it('is checked, with the findings pinned in a golden file', async () => {
    const findings = checkDossier(parseDossier(read(name)));
    const lines = findings.map(
      (f) => `- **${f.severity}** \`${f.code}\` (${f.refs.join(', ')}): ${f.message}`,
    );
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`${dir}${name}.check.golden.md`);
  });

  it('renders the golden brief, which parses back as Markdown', async () => {
    const brief = renderDossier(parseDossier(read(name)));
    await expect(brief).toMatchFileSnapshot(`${dir}${name}.brief.golden.md`);
    expect(parseBack(brief).type).toBe('root');
  });
});

describe('what the real cases need the brief to say', () => {
  const brief = (name: string) => renderDossier(parseDossier(read(name)));

  it('shows the revisions of UK net migration as history, not disagreement', () => {
    expect(brief('uk-net-migration-revisions')).toContain(
      'net migration to the UK in the year to June 2023: 672,000 people (November 2023) → 740,000 people (May 2024) → 906,000 people (November 2024)',
    );
  });

  it('titles a president’s rebuttal an official response, and names the untitled study in plain words', () => {
    const text = brief('iraq-war-excess-deaths');
    expect(text).toContain('## Official response: President of the United States');
    expect(text).toContain(
      '- **Stance:** dismisses a study published in the medical journal The Lancet by the Johns Hopkins University',
    );
  });

  it('titles a fact-checker’s doubt a response, not an official one', () => {
    expect(brief('uk-net-migration-revisions')).toContain('## Response: Channel 4 News FactCheck');
  });
});
