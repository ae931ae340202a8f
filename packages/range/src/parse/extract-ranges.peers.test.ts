import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';

// The full seed article sits beside the repository, not in it; `extract-ranges.test.ts` runs
// on the quotes the seed dossier takes from it. This checks the whole text, with its dates
// ("May 20") and the sentences the dossier does not quote.
const article = readFileSync(
  new URL('../../../../../shared/seed/article.txt', import.meta.url),
  'utf8',
);

describe('extractRanges on the full seed article', () => {
  it('finds the four figures, in order, and nothing else (not "May 20")', () => {
    expect(extractRanges(article).map((f) => f.text)).toEqual([
      'from $12.5 to $19 billion per year',
      'as much as 60%',
      'easily exceeds 350,000 people',
      'between $50 and 75 billion',
    ]);
  });

  it('gives offsets that slice each phrase out of the article', () => {
    for (const f of extractRanges(article)) expect(article.slice(f.start, f.end)).toBe(f.text);
  });
});
