import { describe, expect, it } from 'vitest';
import { RangeParseError } from '../errors';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * Numbers that are dates, times, footnotes and labels are not quantities: an editor reads
 * "on 28, 29 and 30 May" as days and "Table 1" as a name. Some only look like one ("OPEC
 * 10", a bare "2025"): `parseRange` reads them when nothing else is there, `extractRanges`
 * leaves them out. A number that cannot be a day (32, 0, 5.5) next to a month is a figure.
 */
const texts = (text: string) => extractRanges(text).map((f) => f.text);

describe('dates, times, footnotes and labels are never quantities', () => {
  it.each([
    // Days next to a month, alone, in a range or in a list.
    'on 28, 29 and 30 May',
    '20, 21 or 22 June',
    '20 & 21 June',
    '5 \u2013 7 June',
    '5 - 7 June',
    'October 1-3',
    'Sept. 30',
    'May 20',
    '20 May',
    'on 1 May',
    'on 31 May',
    // A year next to a month, or after a word that dates it, even before a noun.
    'May 2025',
    '2025 May',
    'in 2020 people fled',
    // Times.
    'at 9 a.m.',
    'at 9 am',
    'at 12.32 pm',
    'at 9 GMT',
    // A footnote, and a number after a label word.
    'see [3] here',
    'Table 1 shows',
    'floors 94 to 99',
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(RangeParseError);
  });
});

describe('numbers that only look like labels', () => {
  it.each<[string, number]>([
    ['OPEC 10', 10],
    ['the Fund 2', 2],
    ['(202)', 202],
    ['2025', 2025],
  ])('%s is left out of a text, and read when it is all a phrase holds', (text, value) => {
    expect(texts(`They cited ${text} again.`)).toEqual([]);
    expect(parseRange(text).low).toBe(value);
  });

  it('reads a figure with a noun after a capitalised word', () => {
    expect(texts('OPEC 10 members')).toEqual(['10 members']);
  });

  it.each([
    "Saudi Arabia's Vision 2030 aims to raise revenue.",
    'Expo 2025 visitors spent more.',
    'These 2020 graduates found work.',
    'Singapore cuts 2020 GDP outlook.',
  ])('leaves out a year after a capitalised word, though a noun follows: %s', (text) => {
    expect(texts(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow('reads as a year, date or label');
  });

  it('reads a year-like count after a hedge that starts a sentence', () => {
    expect(texts('Some 2020 people came.')).toEqual(['Some 2020 people']);
  });

  it('reads "between" after a label word as a range', () => {
    expect(texts('any number between 8000 and 194,000')).toEqual(['between 8000 and 194,000']);
  });

  it('reads "may" in lower case as the verb, not the month', () => {
    expect(texts('may 20 people')).toEqual(['20 people']);
  });

  it('reads "a day" after a time-like number as a rate', () => {
    expect(texts('at 9 a day')).toEqual(['9 a day']);
  });
});

describe('a number that cannot be a day is a figure beside a month', () => {
  it.each<[string, string]>([
    ['on 32 May', '32'],
    ['on 0 May', '0'],
    ['on 5.5 May', '5.5'],
    ['on 005 May', '005'],
  ])('%s', (text, figure) => {
    expect(texts(text)).toEqual([figure]);
  });
});
