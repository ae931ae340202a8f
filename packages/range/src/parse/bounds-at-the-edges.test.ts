import { describe, expect, it } from 'vitest';
import { formatRange } from '../format';
import { rangeFromJSON, rangeToJSON } from '../json';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * The bounds a phrase's words put on its figures, at their edges (the labelling convention):
 * "nearly X" reaches down half a unit of X's last figure, "just over X" up as far; a range
 * keeps the fewer figures of its ends, a number in words giving none; a central value may sit
 * on an inclusive end, never on an open one; a fall of zero is zero; the size of a change
 * bounded only above runs from zero.
 */
const read = (phrase: string) => rangeToJSON(parseRange(phrase));

describe('nearly and just over', () => {
  it.each<[string, number, number, number]>([
    // Figures of numbers in words are the digits they stand for, less trailing zeros.
    ['nearly twenty-five', 24.5, 25, 2],
    ['nearly two hundred and fifty', 245, 250, 2],
    ['nearly 0.05', 0.045, 0.05, 1],
  ])('%s is [%d, %d) at %i figures', (phrase, low, high, sigFigs) => {
    expect(read(phrase)).toEqual({
      low,
      high,
      highInclusive: false,
      unit: '1',
      central: high,
      qualifier: 'approx',
      sigFigs,
    });
  });

  it.each<[string, number, number, number]>([
    ['just over 0.05', 0.05, 0.055, 1],
    ['just over two million', 2e6, 2.5e6, 1],
  ])('%s is (%d, %d] at %i figures', (phrase, low, high, sigFigs) => {
    expect(read(phrase)).toEqual({
      low,
      high,
      lowInclusive: false,
      unit: '1',
      central: low,
      qualifier: 'approx',
      sigFigs,
    });
  });
});

describe('the ends of a range', () => {
  it('keeps the figures of the end written in digits when the other is in words', () => {
    expect(read('two to 3.5 million')).toEqual({ low: 2e6, high: 3.5e6, unit: '1', sigFigs: 2 });
  });

  it('reads "at least X and below Y" as closed below and open above', () => {
    expect(read('at least 10 and below 20')).toEqual({
      low: 10,
      high: 20,
      highInclusive: false,
      unit: '1',
      sigFigs: 2,
    });
  });

  it('reads a fall as the range turned over, hedges and all', () => {
    expect(read('fell about 5 to 7%')).toEqual({
      low: -7,
      high: -5,
      unit: '%',
      qualifier: 'approx',
      sigFigs: 1,
      change: 'fall',
    });
  });

  it('reads a fall of zero as zero, not minus zero', () => {
    const range = parseRange('fell 0%');
    expect(Object.is(range.low, 0) && Object.is(range.high, 0)).toBe(true);
  });
});

describe('a central value on an end', () => {
  it.each<[string, number]>([
    ['$10 to $20 million (central $10 million)', 10e6],
    ['$10 to $20 million (central $20 million)', 20e6],
  ])('is the central value of a closed range: %s', (phrase, central) => {
    expect(read(phrase)).toMatchObject({ low: 10e6, high: 20e6, central });
  });

  it('is not the central value of an open range, so it is a figure of its own', () => {
    const texts = (text: string) => extractRanges(text).map((f) => f.text);
    expect(texts('above $10 million and below $20 million (central $10 million)')).toEqual([
      'above $10 million and below $20 million',
      '$10 million',
    ]);
    expect(texts('more than $10 million (central $10 million)')).toEqual([
      'more than $10 million',
      '$10 million',
    ]);
  });
});

describe('nearly and just over where no side can be taken', () => {
  // The documented rule: a range, or a value of zero or below, is read as "about" it.
  it.each<[string, object]>([
    [
      'nearly 3 to 4 million people',
      { low: 3e6, high: 4e6, unit: 'people', qualifier: 'approx', sigFigs: 1 },
    ],
    [
      'just over 2 to 3 million',
      { low: 2e6, high: 3e6, unit: '1', qualifier: 'approx', sigFigs: 1 },
    ],
    ['almost 0%', { low: 0, high: 0, unit: '%', central: 0, qualifier: 'approx', sigFigs: 1 }],
    [
      'just over 0 people',
      { low: 0, high: 0, unit: 'people', central: 0, qualifier: 'approx', sigFigs: 1 },
    ],
    ['nearly -5%', { low: -5, high: -5, unit: '%', central: -5, qualifier: 'approx', sigFigs: 1 }],
  ])('%s is about its figures, closed on both sides', (phrase, json) => {
    expect(read(phrase)).toEqual(json);
  });
});

describe('a lower and an upper comparative together', () => {
  it('meet in one value only when both ends are inclusive', () => {
    expect(read('at least 1,000 and at most 1,000 people')).toEqual({
      low: 1000,
      high: 1000,
      unit: 'people',
      sigFigs: 2,
    });
  });

  it.each([
    'more than 1,000 and less than 1,000 people',
    'at least 1,000 and less than 1,000 people',
    'more than 1,000 and at most 1,000 people',
    'more than 1,500 and less than 1,000 people',
  ])('refuses %s, which no value satisfies', (phrase) => {
    expect(() => parseRange(phrase)).toThrow(/more than one quantity/);
  });
});

describe('a change bounded only above', () => {
  it.each<[string, number, number, string]>([
    ['rose by less than 1%', 0, 1, 'a rise of less than 1%'],
    ['a rise of up to $5 billion', 0, 5e9, 'a rise of up to $5 billion'],
    ['fell by up to 5%', -5, 0, 'a fall of up to 5%'],
    ['down less than 5%', -5, 0, 'a fall of less than 5%'],
    ['a fall of as much as 2.5 million people', -2.5e6, 0, 'a fall of up to 2.5 million people'],
  ])('%s runs from no change: [%d, %d], written back as "%s"', (phrase, low, high, written) => {
    const range = parseRange(phrase);
    expect([range.low, range.high]).toEqual([low, high]);
    expect(formatRange(range)).toBe(written);
    expect(parseRange(formatRange(range))).toEqual(range);
  });

  it('keeps an upper bound of zero or below as it is: no size runs from zero to it', () => {
    expect(read('rose by less than 0%')).toMatchObject({ low: null, high: 0 });
    expect(read('fell by more than 5%')).toMatchObject({ low: null, high: -5 });
  });

  it('writes a range from zero with no change as both its ends', () => {
    const range = rangeFromJSON({ low: 0, high: 5, unit: '%', qualifier: 'at-most', sigFigs: 1 });
    expect(formatRange(range)).toBe('0–5%');
  });
});
