import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('a small number dashed to a grouped one may share its thousands', () => {
  it.each([
    'Crowds of 20-25,000 gathered.',
    'Between 5-10,000 people fled.',
    'Some 2-3,500 people.',
    'Sales of $20-25,000.',
  ])('is refused: %s', (text) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow('may share the thousands of its high end');
  });

  it('is a range when the low end is too large to share them, grouped or scaled', () => {
    expect(read('Prices of 500-1,000 baht.')).toEqual([['500-1,000 baht', 'THB\u00a0500–1,000']]);
    expect(read('Crowds of 20,000-25,000 gathered.')).toEqual([['20,000-25,000', '20,000–25,000']]);
    expect(read('Crowds of 20-25 million.')).toEqual([['20-25 million', '20–25 million']]);
    // A thousand or more is written in full: 1,000 cannot be 1,000 thousand.
    expect(read('Fines of 1000-1,000,000.')).toEqual([['1000-1,000,000', '1,000–1.0 million']]);
    expect(read('Fines of 1500-1,600,000.')).toEqual([['1500-1,600,000', '1,500–1.6 million']]);
  });

  it('is refused when the shared thousands would make the two ends equal', () => {
    expect(read('Crowds of 20-20,000.')).toEqual([]);
    expect(() => parseRange('20-20,000')).toThrow('may share the thousands of its high end');
  });

  it('is read as written when "and" or "to" joins the ends', () => {
    expect(read('between 20 and 25,000')).toEqual([['between 20 and 25,000', '20 to 25,000']]);
    expect(read('from 20 to 25,000')).toEqual([['from 20 to 25,000', '20 to 25,000']]);
  });
});

describe('"pound" after a price is a weight as often as sterling', () => {
  it.each(['Sugar hit a 12-year high of 28 cents a pound.', 'Beef sells for $1.50 per pound.'])(
    'is refused: %s',
    (text) => {
      expect(read(text)).toEqual([]);
      expect(() => parseRange(text)).toThrow('may be a price per pound of weight');
    },
  );

  it('keeps other weights that are counted nouns, and sterling named in full', () => {
    expect(read('Gold hit $2,000 an ounce.')).toEqual([['$2,000 an ounce', '$2,000 per ounce']]);
    expect(String(parseRange('1.27 dollars per pound sterling').unit)).toBe('USD/GBP');
  });
});

describe('containers, TEU, are a unit the unit system does not model', () => {
  it('is refused, not dropped', () => {
    expect(read('Capacity will rise to 4 million TEU.')).toEqual([]);
    expect(() => parseRange('4 million TEU')).toThrow('ends in a unit of measure');
  });

  it('refuses elided thousands before a scale word too', () => {
    // Read as 20 million to 25 billion before.
    expect(() => parseRange('crowds of 20-25,000 million')).toThrow(/may share the thousands/);
    expect(parseRange('500-1,000 million').low).toBe(500e6);
  });
});
