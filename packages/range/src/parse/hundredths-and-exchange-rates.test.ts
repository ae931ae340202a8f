import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * Paise are hundredths of a rupee, as cents are of a dollar: "hiked by 80 paise a litre"
 * read as a bare 80. They are read as the rupee is: INR unless a `currencyHint` names
 * another rupee.
 */
describe('paise', () => {
  it.each([
    ['Petrol price hiked by 80 paise a litre', '80 paise a litre', '₹0.80 per litre'],
    ['The rupee slips 12 paise', 'slips 12 paise', 'a fall of ₹0.12'],
    ['a stamp costs 50 paisa', '50 paisa', '₹0.50'],
  ])('are hundredths of a rupee: %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
  });

  it('follow a rupee hint', () => {
    expect(parseRange('50 paise', { currencyHint: 'PKR' }).unit.toString()).toBe('PKR');
  });
});

/**
 * Money written in parts, a currency and then its hundredths: read apart, "2 dollars 50
 * cents" was $2 and $0.50, and the first is wrong.
 */
describe('money written in parts', () => {
  it.each([
    ['a cut of 2 dollars 50 cents', '"2 dollars 50 cents" at offset 9'],
    ['it costs 3 pounds 20 pence', '"3 pounds 20 pence" at offset 9'],
    ['a cut of 2 rupees 50 paise', '"2 rupees 50 paise" at offset 9'],
  ])('is refused: %s', (text, where) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(where);
    expect(() => parseRange(text)).toThrow('writes one figure in parts');
  });

  it('leaves two figures a comma parts', () => {
    expect(read('paid $5, 20 cents more')).toEqual([
      ['$5', '$5'],
      ['20 cents', '$0.20'],
    ]);
  });
});

/**
 * "against" and a currency's name after a bare figure make an exchange rate, with "the" or,
 * as headlines write it, without: "Ringgit at 4.45 against US dollar" read as a bare 4.45.
 */
describe('an exchange rate against a currency', () => {
  it.each([
    ['Ringgit at 4.45 against US dollar', '"4.45 against US dollar" at offset 11'],
    ['Rupee closes at 83.42 against dollar', '"83.42 against dollar" at offset 16'],
    ['traded at 25,400 against the dollar', '"25,400 against the dollar" at offset 10'],
  ])('is refused: %s', (text, where) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(where);
  });

  it('leaves a figure against a figure', () => {
    expect(read('5 votes against')).toEqual([['5 votes', '5 votes']]);
  });
});

/**
 * Cents that name their dollar: "the Australian dollar climbed to 66 US cents" gave a bare
 * 66, the money gone.
 */
describe('cents with the name of their dollar', () => {
  it.each([
    ['The Australian dollar climbed to 66 US cents.', '66 US cents', '$0.66'],
    ['A stamp costs 80 euro cents.', '80 euro cents', '€0.80'],
    ['The loonie fell to 71 US cents.', '71 US cents', '$0.71'],
    [
      'Bananas sell for 10 to 50 US cents a kilo.',
      '10 to 50 US cents a kilo',
      '$0.10–0.50 per kilo',
    ],
  ])('%s', (text, span, written) => {
    expect(read(text)).toEqual([[span, written]]);
  });

  it('reads Canadian cents as Canadian money', () => {
    expect(extractRanges('It costs 90 Canadian cents.')[0]?.range.unit.toString()).toBe('CAD');
  });
});
