import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, reckon } from './helpers/reckon';

const ARTICLE = fixture('article.txt');
const text = readFileSync(ARTICLE, 'utf8');

/** Where a phrase is in the article, found by searching the text itself. */
function place(phrase: string) {
  const start = text.indexOf(phrase);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(0, start).split('\n').length;
  return { text: phrase, start, end: start + phrase.length, line, column: start - lineStart + 1 };
}

interface Found {
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  range: Record<string, unknown>;
  noun?: string;
  context?: { base?: string };
}

const lines = (stdout: string): Found[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Found);

describe('reckon extract', () => {
  it('prints each quantity phrase of the seed paragraphs as a JSON line with its place', async () => {
    const { code, stdout, stderr } = await reckon(['extract', ARTICLE]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const found = lines(stdout);
    expect(
      found.map(({ text, start, end, line, column }) => ({ text, start, end, line, column })),
    ).toEqual([
      place('from $12.5 to $19 billion per year'),
      place('as much as 60%'),
      place('easily exceeds 350,000 people'),
      place('between $50 and 75 billion'),
    ]);
    for (const item of found) expect(text.slice(item.start, item.end)).toBe(item.text);
    // The ranges, read by hand from the phrases.
    expect(found[0]?.range).toMatchObject({ low: 12.5e9, high: 19e9, unit: 'USD/year' });
    expect(found[1]?.range).toMatchObject({ low: null, high: 60, unit: '%', qualifier: 'at-most' });
    expect(found[1]?.context).toEqual({ base: 'GDP' });
    expect(found[2]?.range).toMatchObject({
      low: 350000,
      high: null,
      lowInclusive: false,
      unit: 'people',
      qualifier: 'more-than',
    });
    expect(found[2]?.noun).toBe('people');
    expect(found[3]?.range).toMatchObject({ low: 50e9, high: 75e9 });
  });

  it('reads standard input with -, and finds nothing in a text without figures', async () => {
    const piped = await reckon(['extract', '-'], { input: 'Revenue reached around $3 million.' });
    expect(piped.code).toBe(0);
    expect(lines(piped.stdout).map((f) => f.text)).toEqual(['around $3 million']);
    const none = await reckon(['extract', '-'], { input: 'No figures here, only words.' });
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
  });

  it('--dollar says what a bare "$" means', async () => {
    const { code, stdout } = await reckon(['extract', '-', '--dollar', 'AUD'], {
      input: 'Losses of $5 million a year.',
    });
    expect(code).toBe(0);
    expect(lines(stdout)[0]?.range).toMatchObject({ low: 5e6, high: 5e6, unit: 'AUD/year' });
  });

  it('--dollar with a code that is no currency is a usage error, exit 2', async () => {
    const { code, stderr } = await reckon(['extract', ARTICLE, '--dollar', 'XYZ']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'reckon: --dollar "XYZ" is not an ISO 4217 currency code: use e.g. USD, AUD or CAD\n',
    );
  });

  it('--dossier drafts a dossier that validates, with TODO metrics and quotes', async () => {
    const { code, stdout, stderr } = await reckon(['extract', ARTICLE, '--dossier']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'reckon: drafted 4 estimates; complete each "TODO:" metric and add geography, period and provenance\n',
    );
    const draft = JSON.parse(stdout) as {
      schemaVersion: string;
      sources: { id: string; kind: string; description: string }[];
      estimates: {
        id: string;
        metric: string;
        range: Record<string, unknown>;
        quotes: { text: string; sourceId: string }[];
        relativeTo?: { metric: string };
      }[];
    };
    expect(draft.schemaVersion).toBe('0.2');
    expect(draft.sources).toEqual([{ id: 'source', kind: 'other', description: ARTICLE }]);
    expect(draft.estimates.map((e) => e.id)).toEqual([
      'estimate-1',
      'estimate-2',
      'estimate-3',
      'estimate-4',
    ]);
    expect(draft.estimates[2]?.metric).toBe('TODO: what “easily exceeds 350,000 people” measures');
    expect(draft.estimates[2]?.quotes).toEqual([
      {
        text: 'It suggested that in these countries alone, the cybercriminal labour force easily exceeds 350,000 people.',
        sourceId: 'source',
      },
    ]);
    // The share names its base; the others have none.
    expect(draft.estimates[1]?.relativeTo).toEqual({ metric: 'GDP' });
    expect(draft.estimates[0]?.relativeTo).toBeUndefined();

    const validated = await reckon(['validate', '-'], { input: stdout });
    expect(validated.stdout).toBe(
      '<stdin>: valid dossier: 0 actors, 1 source, 0 reports, 0 claims, 4 estimates, 0 responses\n',
    );
    expect(validated.code).toBe(0);
  });
});
