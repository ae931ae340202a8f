import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';

/**
 * How a figure's sign and currency are written around it: a minus sign or word, a signed
 * figure in parentheses, a code glued to its number or tied to it by a no-break space, a
 * currency named before the number, a code written twice with its own sign. Each expected
 * reading is what an editor takes the words to say.
 */
const found = (text: string) =>
  extractRanges(text).map((f) => [f.text, f.range.low, f.range.high, String(f.range.unit)]);

describe('signs', () => {
  it.each<[string, number]>([
    ['\u22125%', -5],
    ['+5%', 5],
    ['negative 5%', -5],
    ['(+5.0) percent', 5],
    ['(-5.0)percent', -5],
  ])('%s is %d', (text, value) => {
    expect(found(text)).toEqual([[text, value, value, '%']]);
  });

  it.each([
    'a margin of error of plus or minus 3 percentage points',
    'a margin of error of \u00b13 percentage points',
    'a margin of error of +/- 3 percentage points',
  ])('reads the spread alone in %s as its size, never as a negative figure', (text) => {
    expect(found(text)).toEqual([['3 percentage points', 3, 3, 'pp']]);
  });

  it('reads a signed range with the sign on both ends', () => {
    expect(found('-5 to -3%')).toEqual([['-5 to -3%', -5, -3, '%']]);
  });

  it('does not read a hyphen after a closing bracket as a sign', () => {
    expect(found('(3)-5')).toEqual([['5', 5, 5, '1']]);
    expect(found('[3]-5')).toEqual([['5', 5, 5, '1']]);
  });

  it('does not read a spaced dash between two figures as a sign', () => {
    expect(found('5 - 3%')).toEqual([
      ['5', 5, 5, '1'],
      ['3%', 3, 3, '%'],
    ]);
  });
});

describe('a currency written before its number', () => {
  it.each<[string, number, string]>([
    ['GBP 5', 5, 'GBP'],
    ['US$ 5', 5, 'USD'],
    ['A$5 million', 5e6, 'AUD'],
    ['USD $57.4 billion', 57.4e9, 'USD'],
    ['EUR \u20ac5', 5, 'EUR'],
    // A code glued to grouped digits, a decimal or a scale is money.
    ['MOP4,000', 4000, 'MOP'],
    ['THB8.50', 8.5, 'THB'],
    ['K5 million', 5e6, 'MMK'],
    // A look-alike code tied by a no-break space, as Intl writes it.
    ['ALL\u00a0500', 500, 'ALL'],
    // A currency's name before its number.
    ['US dollar 2,227', 2227, 'USD'],
    ['Rs. 500', 500, 'INR'],
    ['PKR 5 lakh', 5e5, 'PKR'],
    ['Tk 500 crore', 5e9, 'BDT'],
  ])('%s is %d %s', (text, value, unit) => {
    expect(found(text)).toEqual([[text, value, value, unit]]);
  });

  it.each([
    // A code glued to a plain small number is a name, not money.
    'MOP4',
    'THB8',
    'GBP5',
    // An English word that looks like a code, spaced from its number.
    'ALL 500',
    // A currency's name before a year.
    'Euro 2024',
    // A currency word glued to its number.
    'pounds4',
  ])('finds no money in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('refuses an amount written in two currencies at once', () => {
    expect(found('USD\u20ac5')).toEqual([]);
  });
});

describe('a currency written after its number', () => {
  it.each<[string, number, number, string]>([
    ['500 crore Tk', 5e9, 5e9, 'BDT'],
    ['RM40mil', 4e7, 4e7, 'MYR'],
    ['10 to 50 cents', 0.1, 0.5, 'USD'],
    ['5 dollars', 5, 5, 'USD'],
  ])('%s', (text, low, high, unit) => {
    expect(found(text)).toEqual([[text, low, high, unit]]);
  });

  it('leaves a sign that starts the next amount to that amount', () => {
    expect(found('$ 20,000.00 $ 37,305.97')).toEqual([
      ['$ 20,000.00', 20000, 20000, 'USD'],
      ['$ 37,305.97', 37305.97, 37305.97, 'USD'],
    ]);
  });
});
