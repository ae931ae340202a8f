import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

/**
 * A figure joined to the word after it makes a compound adjective that describes what follows
 * ("a 5 kilometre walk", "three million-year-old fossils"). Read alone, the number would be a
 * bare count, and whether it counts the things or measures them is a guess.
 */

describe('a number before a singular unit', () => {
  it.each([
    ['It was a 5 kilometre walk.', '"5 kilometre"'],
    ['They ran a 10 mile race.', '"10 mile"'],
    ['It is a 5 year plan.', '"5 year"'],
    ['The 300 seat hall was full.', '"300 seat"'],
    ['a 40 tonne truck', '"40 tonne"'],
    ['the 10 year bond', '"10 year"'],
  ])('is refused: %s', (text, phrase) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(`${phrase} at offset`);
    expect(() => parseRange(text)).toThrow('a number before a singular unit');
  });

  it('is the count when the number is one, and the plural is always a count', () => {
    expect(read('a 1 kilometre walk, then 5 kilometres')).toEqual([
      ['1 kilometre', '1 kilometre'],
      ['5 kilometres', '5 kilometres'],
    ]);
  });

  it('leaves the other figures of the sentence readable', () => {
    expect(read('The 10 year bond yield rose to 4.5%.')).toEqual([['4.5%', '4.5%']]);
  });
});

describe('a scale hyphened to the word after it', () => {
  it.each([
    ['Researchers found three million-year-old fossils.', '"three million-year"'],
    ['A two-million-year-old skull was found.', '"two-million-year"'],
    ['a 1.5 million-tonne plant', '"1.5 million-tonne"'],
    ['A million-strong crowd marched.', '"A million-strong"'],
    ['a 40-plus-year career', '"40"'],
  ])('is refused: %s', (text, phrase) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(`${phrase} at offset`);
  });

  it.each([
    ['A $10 billion-a-year industry.', '$10 billion-a-year', '$10 billion a year'],
    ['A $3 billion-plus deal.', '$3 billion-plus', 'at least $3 billion'],
    ['It has 5 million-plus users.', '5 million-plus users', 'at least 5 million users'],
    ['It helped 1,500-plus families.', '1,500-plus families', 'at least 1,500 families'],
    ['A 500-plus page report.', '500-plus', 'at least 500'],
    ['at about £15m-the rest was sold', 'about £15m', 'about £15 million'],
  ])(
    'is read where the word is a period, "plus", or after money: %s',
    (text, phrase, formatted) => {
      expect(read(text)).toEqual([[phrase, formatted]]);
    },
  );
});
