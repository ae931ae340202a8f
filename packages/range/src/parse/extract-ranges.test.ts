import { describe, expect, it } from 'vitest';
import { seedArticleAsQuoted } from '../../test-support/seed-quotes';
import { RangeParseError } from '../errors';
import { rangeToJSON } from '../json';
import { extractRanges } from './extract-ranges';

// The article's text as the seed dossier quotes it (the full article is not in the repository).
const article = seedArticleAsQuoted();

const texts = (text: string) => extractRanges(text).map((f) => f.text);

describe('extractRanges on the seed article, as the seed dossier quotes it', () => {
  const found = extractRanges(article);

  it('finds the four figures, in order, and nothing else', () => {
    expect(found.map((f) => f.text)).toEqual([
      'from $12.5 to $19 billion per year',
      'as much as 60%',
      'easily exceeds 350,000 people',
      'between $50 and 75 billion',
    ]);
  });

  it('gives offsets that slice the phrase out of the input', () => {
    for (const f of found) {
      expect(article.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBe(article.indexOf(f.text));
    }
  });

  it('reads each figure by the labelling convention', () => {
    expect(found.map((f) => rangeToJSON(f.range))).toEqual([
      { low: 12.5e9, high: 19e9, unit: 'USD/year', sigFigs: 2 },
      { low: null, high: 60, unit: '%', qualifier: 'at-most', sigFigs: 2 },
      {
        low: 350000,
        high: null,
        unit: 'people',
        lowInclusive: false,
        qualifier: 'more-than',
        sigFigs: 2,
      },
      { low: 50e9, high: 75e9, unit: 'USD', sigFigs: 2 },
    ]);
  });

  it('keeps "of GDP" as the base of the share, and "people" as the noun', () => {
    expect(found[1]?.context).toEqual({ base: 'GDP' });
    expect(found[2]?.noun).toBe('people');
    expect(found[0]?.noun).toBeUndefined();
  });
});

describe('extractRanges leaves out years, dates and codes', () => {
  it.each([
    ['in 2025 the ministry said', []],
    ['since 1990', []],
    ['the 2019 elections', []],
    ['It was 2025.', []],
    ['between 2019 and 2021', []],
    ['2019-2021', []],
    ['on May 20, he said', []],
    ['on 20 May he said', []],
    ['Sept. 30', []],
    ['1995-01', []],
    ['2025-05-20', []],
    ['+1-222-2222-2222 is a phone number', []],
    ['COVID-19 and G20', []],
    ['the 10th floor, a 3D model, the 1990s', []],
    ['at 10:30, page 5/20', []],
    ['see https://example.org/q?a=30%25%2020% now', []],
    ['one of the reasons', []],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps a year-shaped number with a unit or a separator', () => {
    expect(texts('2,025 people and $2025 and 2025 workers')).toEqual([
      '2,025 people',
      '$2025',
      '2025 workers',
    ]);
  });

  it('keeps a year-shaped count after "in" only when it has a currency', () => {
    expect(texts('in 2020 people fled; in $2020 terms')).toEqual(['$2020']);
  });
});

describe('extractRanges, the shape of results', () => {
  it('reads phrases one after another without overlap', () => {
    expect(texts('rose 5% to $3 billion, from 2 to 3 million people')).toEqual([
      'rose 5%',
      '$3 billion',
      'from 2 to 3 million people',
    ]);
  });

  it('counts offsets in UTF-16 code units, past emoji and other scripts', () => {
    const text = '😀 中文 about €3 million 😀';
    const [f] = extractRanges(text);
    expect(f?.text).toBe('about €3 million');
    expect(f?.start).toBe(text.indexOf('about'));
  });

  it('reads a share base as written, with a possessive, up to a function word', () => {
    const [f] = extractRanges("as much as 60% of the country's GDP and rising");
    expect(f?.context).toEqual({ base: "the country's GDP" });
  });

  it('refuses what is not a string', () => {
    expect(() => extractRanges(undefined as unknown as string)).toThrow(RangeParseError);
  });
});
