import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('a number after a label word names the thing, whatever word follows', () => {
  it.each([
    'Article 19 guarantees free speech.',
    'Section 230 shields platforms from liability.',
    'Table 3 shows the results.',
    'It was the No. 1 killer among the challenges.',
    'Citing it as the No 1 risk.',
    'The UN’s SDG 4 targets education.',
    'Progress on Goal 16 remains slow.',
    'as outlined in Table 1 attached to this law',
    'Section 3.2 covers the method.',
    'Tables 3-5 show the rest.',
    'A magnitude 7.8 earthquake struck at dawn.',
    'An earthquake of magnitude 6.1 hit the coast.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('still reads a count after other words', () => {
    expect(read('The bank issued 19 guarantees last year.')).toEqual([
      ['19 guarantees', '19 guarantees'],
    ]);
    expect(read('Section heads oversee 230 staff.')).toEqual([['230 staff', '230 staff']]);
  });

  it('still reads money or a scale after a label word', () => {
    expect(read('Table 3: $5 billion in losses')).toEqual([['$5 billion', '$5 billion']]);
  });
});

describe('SDG before a plain number is the UN goal, not the Sudanese pound', () => {
  it('reads "SDG 4" and the target "SDG 2.5" as no money', () => {
    expect(read('The plan serves SDG 4, SDG 5 and target SDG 2.5.')).toEqual([]);
  });

  it('reads Sudanese pounds with a scale, separators or a no-break space', () => {
    expect(read('reserves of SDG 5 million')).toEqual([['SDG 5 million', 'SDG\u00a05 million']]);
    expect(String(parseRange('SDG 4,000').unit)).toBe('SDG');
    expect(String(parseRange('SDG\u00a04').unit)).toBe('SDG');
  });
});

describe('"m" after a number is metres as often as millions', () => {
  it.each([
    'She won the 400m final.',
    'The tower is 67m tall.',
    'The population is 67m.',
    'The bridge is 5 m wide.',
    'A 400m-long runway.',
  ])('is refused without money or a counted noun: %s', (text) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow('may be metres or millions');
  });

  it.each([
    ['The club paid £40m for him.', '£40m', '£40 million'],
    ['The deal is worth 400m euros.', '400m euros', '€400 million'],
    ['Some 2m jobs were lost.', 'Some 2m jobs', 'about 2 million jobs'],
    ['Up to 5m people are at risk.', 'Up to 5m people', 'up to 5 million people'],
    ['Refugees are projected to exceed 8M.', 'exceed 8M', 'more than 8 million'],
  ])('is millions with money, a counted noun or a capital: %s', (text, phrase, formatted) => {
    expect(read(text)).toEqual([[phrase, formatted]]);
  });
});

describe('a capital "B" after a whole number and before a word is a letter as often as billions', () => {
  it.each([
    'He lives at 221B Baker Street.',
    'Seat 12B was empty.',
    'The 7B model beats larger ones.',
  ])('is refused without money or a counted noun: %s', (text) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow('may be billions or the letter of a name');
  });

  it.each([
    ["India's population passed 1.4B.", '1.4B', '1.4 billion'],
    ["Tesla's $50B plan.", '$50B', '$50 billion'],
    ['Meta has 3B users.', '3B users', '3 billion users'],
    // Before punctuation, as the short style of formatRange writes billions.
    ['India passed 1B.', '1B', '1 billion'],
    ['a gap of <1B, they said', '<1B', 'less than 1 billion'],
  ])(
    'is billions after a decimal, before punctuation, with money or a counted noun: %s',
    (text, phrase, formatted) => {
      expect(read(text)).toEqual([[phrase, formatted]]);
    },
  );
});
