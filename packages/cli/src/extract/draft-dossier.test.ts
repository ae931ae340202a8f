import { extractRanges } from '@reckon/range';
import { safeParseDossier } from '@reckon/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftDossier } from './draft-dossier';

describe('draftDossier', () => {
  it('drafts an estimate per phrase with its range (the TSDoc example)', () => {
    const text = 'Estimates range from $12.5 to $19 billion per year.';
    const draft = draftDossier(extractRanges(text), text, 'article.txt');
    expect(draft.estimates[0]?.range.unit).toBe('USD/year');
    expect(draft.estimates[0]?.range).toMatchObject({ low: 12.5e9, high: 19e9 });
    expect(draft.estimates[0]?.quotes).toEqual([{ text, sourceId: 'source' }]);
  });

  it('gives a share the base its text names, and nothing else a base', () => {
    const text =
      'Revenue of $19 billion a year, as much as 60% of GDP. Over 350,000 people work in it.';
    const draft = draftDossier(extractRanges(text), text, 'a.txt');
    expect(draft.estimates.map((e) => ('relativeTo' in e ? e.relativeTo : undefined))).toEqual([
      undefined,
      { metric: 'GDP' },
      undefined,
    ]);
  });

  it('is a valid dossier as it stands, for any text', () => {
    const words = fc.constantFrom(
      'revenue',
      'of',
      '$12.5',
      'to',
      '$19 billion',
      'per year',
      'as much as 60% of GDP',
      'easily exceeds 350,000 people',
      'between $50 and 75 billion',
      'tens of thousands of victims',
      'around €3 million',
      '.',
      '\n',
      '“',
      '”',
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 30 }),
        fc.string({ maxLength: 40 }),
        (parts, name) => {
          const text = parts.join(' ');
          const draft = draftDossier(extractRanges(text), text, name.trim() === '' ? 'text' : name);
          const result = safeParseDossier(draft);
          expect(result.success ? [] : result.issues).toEqual([]);
        },
      ),
    );
  });
});
