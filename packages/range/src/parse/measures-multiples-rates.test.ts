import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('a unit of measure the unit system does not model is never dropped', () => {
  it.each([
    'Forest cover shrank by 12,000 square kilometres.',
    'Landmines contaminate an area of 174,000 square kilometres.',
    'The flat has 500 square feet.',
    'The tank holds 3 cubic metres of water.',
    'Concentrations of carbon dioxide passed 420 ppm.',
    'Arsenic was found at 10 ppb.',
    'The limit is 70 mph.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow('ends in a unit of measure');
  });
});

describe('"N times" before a comparison is a multiple, not a count', () => {
  it.each([
    'Methane is more than 80 times as potent as CO2.',
    'Methane is 80 times more potent.',
    'Costs were 2.5 times higher than planned.',
    'The Olympics cost three times the original budget.',
    'The fund grew 3 times over.',
    'Tickets resold for up to 10 times their face value.',
    'The new plant is three times its size.',
    'House prices are 8.5 times average earnings.',
    'The debt load is 4.5 times earnings.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow('is a multiple');
  });

  it('still reads a count of occasions', () => {
    expect(read('The app was downloaded 10 million times in a week.')).toEqual([
      ['10 million', '10 million'],
    ]);
    expect(read('He was arrested 3 times over two years.')).toEqual([['3', '3']]);
    expect(read('She visited 3 times a year.')).toEqual([['3', '3']]);
    expect(read('He was arrested 3 times last year.')).toEqual([['3', '3']]);
    expect(read('He voted 12 times against the bill.')).toEqual([['12', '12']]);
    expect(read('She won 5 times, more than anyone.')).toEqual([['5', '5']]);
    expect(read('It was tried 4 times before.')).toEqual([['4', '4']]);
    expect(read('It rose 3 times Tuesday.')).toEqual([['rose 3', 'a rise of 3']]);
  });
});

describe('an exchange rate is the price of a currency the figure does not name', () => {
  it.each([
    'The dong traded at 25,400 to the dollar.',
    'The dong traded at 25,400 against the dollar.',
    'The baht would hover near 35 to the US dollar.',
    'Centres trade it at between 250 and 300 to the dollar.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow('is an exchange rate');
  });

  it('reads the rate when the figure names its currency, and a change against a currency', () => {
    expect(read('The dong traded at 25,400 dong to the dollar.')).toEqual([
      ['25,400 dong', '₫25,400'],
    ]);
    expect(read('The ringgit gained 0.3% against the dollar.')).toEqual([
      ['gained 0.3%', 'a rise of 0.3%'],
    ]);
    expect(read('He gave 500 to the Red Cross.')).toEqual([['500', '500']]);
  });
});

describe('a figure right after "per" is the base of a rate, not a figure', () => {
  it('is not extracted, and the rate written apart keeps its figure', () => {
    expect(read('Hospital beds per 1,000 people fell to 2.9.')).toEqual([['2.9', '2.9']]);
    expect(read('Deaths per 100,000 rose to 12.')).toEqual([['12', '12']]);
  });

  it('is refused alone, with what it is', () => {
    expect(() => parseRange('per 1,000 people')).toThrow(
      '"1,000" at offset 4 in "per 1,000 people" follows "per": it is the base of a rate',
    );
  });

  it('is still the base of a rate written with its figure', () => {
    expect(read('There were 2.9 beds per 1,000 people.')).toEqual([
      ['2.9 beds per 1,000 people', '2.9‰'],
    ]);
  });

  it('is refused with its figure when it is not a base the parser reads', () => {
    const text = 'The levy is 50 cents per $100 of assessed value.';
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(
      '"per" at offset 21 in "The levy is 50 cents per $100 of assessed value." opens the base of a rate',
    );
    expect(() => parseRange('The fine is $100 per.')).toThrow('opens the base of a rate');
  });
});
