import { describe, expect, it } from 'vitest';
import { parseRange } from './parse-range';

describe('number words', () => {
  it.each([
    ['one', 1],
    ['twelve', 12],
    ['twenty', 20],
    ['twenty-six', 26],
    ['forty two', 42],
    ['ninety-nine', 99],
    ['a hundred', 100],
    ['a thousand', 1000],
    ['a million', 1e6],
    ['a dozen', 12],
    ['two dozen', 24],
    ['half a dozen', 6],
    ['half a million', 5e5],
    ['half a billion', 5e8],
    ['two hundred', 200],
    ['four hundred thousand', 4e5],
    ['one hundred and seventy', 170],
    ['three thousand nine hundred and sixty five', 3965],
    ['ten thousand', 1e4],
    ['one million two hundred thousand', 1.2e6],
  ])('%s is %d', (words, value) => {
    const r = parseRange(words);
    expect([r.low, r.high, r.sigFigs]).toEqual([value, value, undefined]);
  });

  it('shares a scale across a range of words: "two to three million"', () => {
    const r = parseRange('two to three million');
    expect([r.low, r.high]).toEqual([2e6, 3e6]);
  });

  it('keeps "and" for "between": "between one hundred and two hundred"', () => {
    const r = parseRange('between one hundred and two hundred');
    expect([r.low, r.high]).toEqual([100, 200]);
  });
});
