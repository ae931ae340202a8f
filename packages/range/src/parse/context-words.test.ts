import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * Words around a figure that change what it says, met in newsroom sentences: a negation
 * before a strict bound, a verb whose particle is "up", and where a share's base ends.
 * Expected values are worked out by hand from the labelling convention.
 */
const spans = (text: string) =>
  extractRanges(text).map((f) => [f.text, f.range.low, f.range.high, f.range.qualifier]);

describe('a negated strict bound is the opposite bound', () => {
  it('reads "must not be lower than X" as at least X', () => {
    expect(spans('Exports must not be lower than 19.2 billion USD this year.')).toEqual([
      ['lower than 19.2 billion USD', 19.2e9, Infinity, 'at-least'],
    ]);
  });

  it('reads "not higher than X" and "no lower than X"', () => {
    expect(spans('It was not higher than 7%.')).toEqual([
      ['higher than 7%', -Infinity, 7, 'at-most'],
    ]);
    expect(spans('a rate no lower than 5%')).toEqual([['lower than 5%', 5, Infinity, 'at-least']]);
  });

  it.each<[string, string, number, number, string]>([
    ["The deficit isn't more than 5%.", 'more than 5%', -Infinity, 5, 'at-most'],
    ['It cannot be more than 5%.', 'more than 5%', -Infinity, 5, 'at-most'],
    ["Costs can't be lower than $2 million.", 'lower than $2 million', 2e6, Infinity, 'at-least'],
    ['Inflation won’t exceed 5%.', 'exceed 5%', -Infinity, 5, 'at-most'],
    ["Growth doesn't exceed 5%.", 'exceed 5%', -Infinity, 5, 'at-most'],
  ])(
    'reads a negation written as "cannot" or in n\'t: %s',
    (text, phrase, low, high, qualifier) => {
      expect(spans(text)).toEqual([[phrase, low, high, qualifier]]);
    },
  );

  it.each<[string, string, number, number, string]>([
    ["Shares didn't fall below 5%.", 'below 5%', 5, Infinity, 'at-least'],
    ['It did not rise above 5%.', 'above 5%', -Infinity, 5, 'at-most'],
    ['Sales have not fallen below 400,000.', 'below 400,000', 400000, Infinity, 'at-least'],
  ])(
    'reads a negation before a verb of change and a level: %s',
    (text, phrase, low, high, qualifier) => {
      expect(spans(text)).toEqual([[phrase, low, high, qualifier]]);
    },
  );

  it.each<[string, string, number, number]>([
    ["Shares didn't fall by more than 5%.", 'fall by more than 5%', -5, 0],
    ['Prices never rose more than 5%.', 'rose more than 5%', 0, 5],
    ['Prices didn’t rise more than 5%.', 'rise more than 5%', 0, 5],
  ])('reads a negated change bounded below as one bounded above: %s', (text, phrase, low, high) => {
    expect(spans(text).map(([t, l, h]) => [t, l, h])).toEqual([[phrase, low, high]]);
  });

  it.each([
    'It did not fall 5%.',
    "Prices didn't rise by 5% this year.",
    'Exports didn’t fall nearly 5%.',
  ])(
    'refuses a negated change with no strict bound, which says what the change was not: %s',
    (text) => {
      expect(spans(text)).toEqual([]);
      expect(() => parseRange(text)).toThrow(/is a negated change: it gives no figure/);
    },
  );

  it('reads the change after a refused negated one', () => {
    expect(spans('The deficit did not fall 5% as hoped; it fell 2%.')).toEqual([
      ['fell 2%', -2, -2, 'exact'],
    ]);
    expect(spans('It did not fall, rising 5%.')).toEqual([['rising 5%', 5, 5, 'exact']]);
  });

  it('takes a lone "t" after an apostrophe as a contraction only after a word in n', () => {
    expect(spans("the 't more than 5%")).toEqual([['more than 5%', 5, Infinity, 'more-than']]);
  });

  it('keeps the negations the lexicon already reads', () => {
    expect(spans('not less than 5 people')).toEqual([
      ['not less than 5 people', 5, Infinity, 'at-least'],
    ]);
  });
});

describe('"up" as a particle is not a rise', () => {
  it('reads "making up 64.6%" as a share, not a change', () => {
    const [found] = extractRanges('down 2.9% and making up 64.6% of the total').slice(1);
    expect([found?.text, found?.range.change, found?.context]).toEqual([
      '64.6%',
      undefined,
      { base: 'the total' },
    ]);
  });

  it('still reads "closed up 2%" as a rise', () => {
    expect(extractRanges('Shares closed up 2%.')[0]?.range.change).toBe('rise');
  });

  it('reads a verb of change after such a verb as a change: only "up" is its particle', () => {
    expect(spans('The profit it made fell 5% last year.')).toEqual([['fell 5%', -5, -5, 'exact']]);
  });
});

describe('where a base ends', () => {
  it.each<[string, string | undefined]>([
    ['one-third of the goods used to calculate price rises', undefined],
    ['70% of adult Filipinos expressed concern about it', undefined],
    ['some 60 percent of Thailand’s 13 million farmers', undefined],
    ['less than 35 percent of low- and middle-income countries', undefined],
    ['roughly 40% of the 10 million Filipinos overseas', undefined],
    ['as much as 60% of GDP and rising', 'GDP'],
    ['6.2 percent of the total', 'the total'],
    ['19.6 percent of the nation’s total exports for the year', 'the nation’s total exports'],
  ])('%s', (text, base) => {
    expect(extractRanges(text)[0]?.context?.base).toBe(base);
  });
});

describe('a hedge or bound before a figure', () => {
  it('lets a bound win over a hedge after it: "up to about 60%"', () => {
    expect(spans('a share of up to about 60% of GDP')).toEqual([
      ['up to about 60%', -Infinity, 60, 'at-most'],
    ]);
    expect(spans('more than an estimated 350,000 people')).toEqual([
      ['more than an estimated 350,000 people', 350000, Infinity, 'more-than'],
    ]);
  });

  it('reads a vague magnitude where it starts, without the bound before it', () => {
    expect(spans('more than tens of thousands of people fled')).toEqual([
      ['tens of thousands of people', 10000, 100000, 'vague'],
    ]);
  });
});
