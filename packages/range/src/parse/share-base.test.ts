import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';

/**
 * What a share is of: the noun phrase after "of" ("60% of the country's GDP"), kept as
 * written, or nothing when the words after "of" are a clause or a phrase cut short rather
 * than a noun phrase an editor would quote as the base.
 */
const baseOf = (text: string) => extractRanges(text)[0]?.context?.base;

describe('the base of a share', () => {
  it.each<[string, string]>([
    ['60% of GDP', 'GDP'],
    ['60% of the GDP', 'the GDP'],
    ['60% of total tax revenue', 'total tax revenue'],
    ['60% of all its firms', 'all its firms'],
    // Four words after the determiners, a possessive counting with its noun.
    ["60% of the world's total carbon emissions", "the world's total carbon emissions"],
    ['60% of the world\u2019s carbon', 'the world\u2019s carbon'],
    ["60% of the countries' revenue", "the countries' revenue"],
    ['60% of the state-run firms', 'the state-run firms'],
    // Short words ending in -ed are nouns, not participles.
    ['60% of the red', 'the red'],
    ['60% of the seed', 'the seed'],
    // Short words and words in -eed are nouns, not participles, wherever they stand.
    ['60% of the hospital bed count', 'the hospital bed count'],
    ['60% of the rice seed', 'the rice seed'],
    // A participle before the noun is an adjective.
    ['60% of polled voters', 'polled voters'],
    // A hyphenated compound at the end.
    ['60% of their take-home', 'their take-home'],
    // A determiner that stands for the noun.
    ['60% of the total', 'the total'],
    ['60% of all', 'all'],
    ['6.2 percent of the total in 2023', 'the total'],
    ['60% of all in 2023', 'all'],
    // A closing quotation mark ends the base: it is no apostrophe.
    ["'60% of GDP', the report said", 'GDP'],
    // A comma ends the base, whatever follows it.
    ['60% of the countries, while revenue rose', 'the countries'],
    ['60% of GDP, revenue and jobs', 'GDP'],
  ])('%s is of %s', (text, base) => {
    expect(baseOf(text)).toBe(base);
  });

  it.each([
    // A participle makes the words after "of" a clause.
    '60% of the goods used',
    '60% of those polled',
    // Five words and more: a noun phrase too long to be the base.
    "60% of the world's total annual carbon emissions",
    // A determiner with no noun.
    '60% of the',
    // A compound cut at its hyphen.
    '60% of the full-',
    // Possessives cut from their noun by "and".
    "60% of the provinces' and cities' revenue",
    '60% of the provinces\u2019 and cities\u2019 revenue',
  ])('%s has no base', (text) => {
    const [share] = extractRanges(text);
    expect(share?.range.low).toBe(60);
    expect(share?.context).toBeUndefined();
  });

  it.each<[string, string]>([
    ['60% of GDP in 2023', 'GDP'],
    ['60% of GDP and rising', 'GDP'],
  ])('ends the base of %s at a function word', (text, base) => {
    expect(baseOf(text)).toBe(base);
  });

  it('reads notes after the base', () => {
    const [share] = extractRanges('5 to 7% of GDP (90% interval)');
    expect(share?.text).toBe('5 to 7% of GDP (90% interval)');
    expect(share?.context).toEqual({ base: 'GDP' });
    expect(share?.range.meaning).toEqual({ kind: 'interval', level: 0.9 });
  });

  it('ends the base at punctuation, so the figure after it is read on its own', () => {
    const found = extractRanges('60% of the budget, or 5 firms');
    expect(found.map((f) => [f.text, f.context?.base])).toEqual([
      ['60%', 'the budget'],
      ['5 firms', undefined],
    ]);
  });
});
