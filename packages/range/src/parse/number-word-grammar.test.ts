import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';

/**
 * The grammar of numbers in words as English writes them: which words follow which, where
 * "and" may stand, how "dozen", "hundred" and stacked scales multiply, and which sequences
 * are two numbers or none rather than one.
 */
const found = (text: string) => extractRanges(text).map((f) => [f.text, f.range.low]);

describe('numbers in words', () => {
  it.each<[string, number]>([
    ['twenty dozen eggs', 240],
    ['a dozen eggs', 12],
    ['half a hundred people', 50],
    ['two hundred and ninety people', 290],
    ['two thousand and five people', 2005],
    ['twelve hundred people', 1200],
    ['ten hundred people', 1000],
    ['two thousand million people', 2e9],
    ['four lakh crore rupees', 4e12],
    ['twenty-five people', 25],
    ['ninety nine people', 99],
  ])('%s is %d', (text, value) => {
    expect(found(text)).toEqual([[text, value]]);
  });

  it.each<[string, string, number]>([
    // Two units, or a unit after a teen, are two numbers: the last one counts the noun.
    ['five six people', 'six people', 6],
    ['twenty twelve people', 'twelve people', 12],
    // "and" joins only after a hundred or a scale.
    ['twenty and five people', 'five people', 5],
  ])('does not read %s as one number', (text, phrase, value) => {
    expect(found(text)).toEqual([[phrase, value]]);
  });

  it.each([
    // Scales stack in the first group only: here the second "million" would multiply the
    // billions too, and the words before it alone would drop it.
    'six billion nineteen million million people',
    // A scale larger than the group's before it.
    'two million five billion people',
    'zero million people',
  ])('reads nothing from %s, where a scale word does not fit', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    // Tens take a unit from one to nine after a hyphen, nothing else; two numbers a hyphen
    // joins that make no range are read as neither (see dash-pairs.test.ts).
    'twenty-ten people',
    'twenty-zero people',
  ])('reads nothing from %s, which is no number', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads "zero" only alone, never inside a number', () => {
    expect(found('two thousand zero people')).toEqual([
      ['two thousand', 2000],
      ['zero people', 0],
    ]);
    expect(found('four thousand and zero people')).toEqual([
      ['four thousand', 4000],
      ['zero people', 0],
    ]);
    expect(found('zero hundred people')).toEqual([]);
  });

  it.each([
    // A scale, a hundred or a dozen needs a number or an article before it.
    'hundred people',
    'thousand people',
    'dozen eggs',
    // "half" needs "a" and a scale, a hundred or a dozen.
    'half a thing',
    // "hundred" does not follow "hundred".
    'two hundred hundred people',
  ])('reads no number in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
