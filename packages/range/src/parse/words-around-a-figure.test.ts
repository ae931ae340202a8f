import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

/**
 * Figures whose meaning the words around them decide: a year that is the base of a
 * comparison ("below 2019 levels") counts nothing; a number with a hanging hyphen ("16- to
 * 24-year-olds") is half of a compound adjective; and "over" before a duration is a span as
 * often as a bound ("£4.5bn over five years", "for over five years"). Each was read as a
 * quantity it is not: 2,019 levels, 16, more than five years.
 */

describe('a year as the base of a comparison or of constant money', () => {
  it.each([
    'GDP is still below 2019 levels.',
    'Emissions must fall 43% by 2030 from 2019 levels.',
    'output at 2010 prices',
    'measured in 2015 dollars',
    'in 2015 US dollars',
    'in 2020 terms',
  ])('reads no figure from the year in %s', (text) => {
    expect(read(text).filter(([phrase]) => /\b(19|20)\d\d\b/.test(phrase ?? ''))).toEqual([]);
  });

  it('says why parseRange refuses it', () => {
    expect(() => parseRange('below 2019 levels')).toThrow(
      '"2019" at offset 6 in "below 2019 levels" reads as a year, date or label',
    );
  });

  it('still counts a noun after a year-shaped number, and reads money with a sign', () => {
    expect(read('a survey of 2019 respondents')).toEqual([
      ['2019 respondents', '2,019 respondents'],
    ]);
    expect(read('2025 people marched')).toEqual([['2025 people', '2,025 people']]);
    expect(read('it cost $2015 in total')).toEqual([['$2015', '$2,015']]);
    expect(read('2,019 levels')).toEqual([['2,019 levels', '2,019 levels']]);
  });
});

describe('a number with a hanging hyphen', () => {
  it.each([
    'Unemployment among 16- to 24-year-olds rose to 13%.',
    'a 2- to 3-fold rise in cases',
    'between 5- and 10-year bonds',
    'in 20- or 40-foot containers',
  ])('reads nothing from the first half of the compound in %s', (text) => {
    expect(read(text).map(([phrase]) => phrase)).toEqual(text.includes('13%') ? ['13%'] : []);
  });

  it('still reads a number before a spaced dash, and a range across a hyphen', () => {
    expect(read('16 - 24 people')).toEqual([['16 - 24 people', '16–24 people']]);
    expect(read('16-24 people')).toEqual([['16-24 people', '16–24 people']]);
  });
});

describe('"over" before a duration', () => {
  it.each([
    ['the £4.5bn plan over five years', '"over five years" at offset 16'],
    ['The contract is worth GBP 4.2 million over three years.', '"over three years" at offset 38'],
    ['prices rose 20% over five years', '"over five years" at offset 16'],
    ['spread over 10 years', '"over 10 years" at offset 7'],
    ['rights worth £6.7bn over four seasons', '"over four seasons" at offset 20'],
    ['$3 billion over two decades', '"over two decades" at offset 11'],
    ['€40bn over three terms', '"over three terms" at offset 6'],
    ['The race runs over 21 stages.', '"over 21 stages" at offset 14'],
    ['The tournament is played over 64 matches.', '"over 64 matches" at offset 25'],
    ['repaid over 12 instalments', '"over 12 instalments" at offset 7'],
  ])('refuses the span or bound in %s', (text, where) => {
    expect(read(text).some(([phrase]) => phrase?.includes('over'))).toBe(false);
    expect(() => parseRange(text)).toThrow(where);
  });

  it.each([
    ['he was jailed for over five years', 'over five years', 'more than 5 years'],
    ['for the first time in over 20 years', 'over 20 years', 'more than 20 years'],
    ['a sentence of over 10 years', 'over 10 years', 'more than 10 years'],
    ['it happened over five years ago', 'over five years', 'more than 5 years'],
    ['children over 5 years old', 'over 5 years', 'more than 5 years'],
    ['he was in office for over two decades', 'over two decades', 'more than 2 decades'],
    ['she won in over 20 rounds', 'over 20 rounds', 'more than 20 rounds'],
  ])('reads a bound where the words around say so: %s', (text, phrase, bound) => {
    expect(read(text)).toEqual([[phrase, bound]]);
  });

  it('reads "over" before anything but a duration as a bound, as before', () => {
    expect(read('over 5,000 people')).toEqual([['over 5,000 people', 'more than 5,000 people']]);
    expect(read('over $3 billion over five years')[0]).toEqual([
      'over $3 billion',
      'more than $3 billion',
    ]);
  });
});

describe('a unit of measure the unit system does not model', () => {
  it.each([
    ['a 5 km walk', '"5 km" at offset 2'],
    ['the 300 MW plant', '"300 MW" at offset 4'],
    ['production of 9 mb/d', '"9 mb" at offset 14'],
    ['1.5 million sq km below average', '"1.5 million sq" at offset 0'],
    ['cuts of 3.6 million bpd until 2024', '"3.6 million bpd" at offset 8'],
  ])('refuses %s rather than read a bare number', (text, where) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(`${where} in "${text}" ends in a unit of measure`);
  });

  it('reads the unit written as a noun, and reads on after a refusal', () => {
    expect(read('a 5 km walk, then 12 miles more')).toEqual([['12 miles', '12 miles']]);
    expect(read('5 kilometres')).toEqual([['5 kilometres', '5 kilometres']]);
    expect(read('the 300 MW plant employs 1,200 people')).toEqual([
      ['1,200 people', '1,200 people'],
    ]);
  });
});
