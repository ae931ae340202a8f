import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

/**
 * Money counted at one year's prices names the year between the figure and the currency:
 * "3 million 2019 dollars", "in constant 2015 US dollars", "(chained 2017 dollars)". The year
 * was read as money of its own ($2,019), and the figure before it lost its currency.
 */
describe('the year of prices money is counted in', () => {
  it.each([
    ['Some 3 million 2019 dollars were spent.', 'Some 3 million 2019 dollars', 'about $3 million'],
    [
      'The dam is worth 4.2 billion in 2019 US dollars.',
      '4.2 billion in 2019 US dollars',
      '$4.2 billion',
    ],
    [
      'GDP was 20.0 trillion chained 2017 dollars.',
      '20.0 trillion chained 2017 dollars',
      '$20.0 trillion',
    ],
    [
      'Aid fell to 2 billion in constant 2015 euros.',
      '2 billion in constant 2015 euros',
      '€2 billion',
    ],
    [
      'between 2 and 3 million 2019 dollars',
      'between 2 and 3 million 2019 dollars',
      '$2–3 million',
    ],
  ])('gives the figure the currency after the year: %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
  });

  it.each([
    ['Real GDP was $22.7 trillion (chained 2017 dollars).', '$22.7 trillion'],
    ['The plan costs $20 trillion (2017 dollars).', '$20 trillion'],
    ['Spending was $5 billion in real 2010 dollars.', '$5 billion'],
    ['Spending was $5 billion in nominal 2010 dollars.', '$5 billion'],
  ])('reads no money in the year after a figure with its own currency: %s', (text, figure) => {
    expect(read(text)).toEqual([[figure, figure]]);
  });

  it.each(['measured in real 2010 dollars', 'in constant 2015 US dollars', 'in current 2024 USD'])(
    'refuses the year alone as a quantity: %s',
    (text) => {
      expect(read(text)).toEqual([]);
      expect(() => parseRange(text)).toThrow('reads as a year, date or label');
    },
  );

  it.each([
    ['The fee was 2019 dollars.', '2019 dollars', '$2,019'],
    ['He paid 2,019 dollars.', '2,019 dollars', '$2,019'],
    ['He paid $2019 in constant terms.', '$2019', '$2,019'],
    ['In 2019 50 dollars bought more.', '50 dollars', '$50'],
  ])('leaves money that only looks like a year: %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
  });
});
