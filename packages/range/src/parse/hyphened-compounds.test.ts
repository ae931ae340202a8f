import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * Amounts hyphened into an adjective keep every part: "a $10 billion-a-year industry" is
 * $10 billion a year, and "a two-billion-dollar business" $2 billion. Read without the
 * hyphened part, the first would lose its period and the second its scale. Law: hyphening a
 * period or a scale word to an amount reads the same as writing it with spaces.
 */
const read = (text: string) => {
  const [first, ...rest] = extractRanges(text);
  return rest.length === 0 && first !== undefined
    ? {
        text: first.text,
        low: first.range.low,
        high: first.range.high,
        unit: String(first.range.unit),
      }
    : extractRanges(text).map((f) => f.text);
};

const PERIODS = ['a year', 'per year', 'a month', 'per month', 'a week', 'a day', 'per day'];

describe('a period hyphened to the amount', () => {
  it('reads as the period written with spaces', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('$10 billion', '$5', '€2.5 million', '300 people', 'Rs 40 crore'),
        fc.constantFrom(...PERIODS),
        (amount, period) => {
          const spaced = read(`an ${amount} ${period} cost`);
          expect(Array.isArray(spaced), `${amount} ${period} is one reading`).toBe(false);
          const hyphened = read(`an ${amount}-${period.replace(' ', '-')} cost`);
          expect(hyphened, `${amount}-${period}`).toMatchObject({
            low: (spaced as { low: number }).low,
            high: (spaced as { high: number }).high,
            unit: (spaced as { unit: string }).unit,
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each<[string, string, string]>([
    ['a $10 billion-a-year industry', '$10 billion-a-year', 'USD/year'],
    ['a $5-a-day wage', '$5-a-day', 'USD/day'],
    ['a $2,000-per-month stipend', '$2,000-per-month', 'USD/month'],
  ])('reads %s', (text, phrase, unit) => {
    expect(read(text)).toMatchObject({ text: phrase, unit });
  });

  it('still leaves a number hyphened to any other word alone', () => {
    expect(read('a 10-year-old girl')).toEqual([]);
    expect(read('a 5-a-side game')).toEqual([]);
    expect(() => parseRange('a 40-hour week')).toThrow('reads as a year, date or label');
  });
});

describe('a scale word hyphened to a number in words', () => {
  it.each<[string, string, number, string]>([
    ['a two-billion-dollar business', 'two-billion-dollar', 2e9, 'USD'],
    ['More exports join “one-billion USD” club', 'one-billion USD', 1e9, 'USD'],
    ['three-million people', 'three-million people', 3e6, 'people'],
    ['twenty-five-million dollars', 'twenty-five-million dollars', 25e6, 'USD'],
    ['a two-billion-dollar-a-year business', 'two-billion-dollar-a-year', 2e9, 'USD/year'],
  ])('reads %s', (text, phrase, value, unit) => {
    expect(read(text)).toEqual({ text: phrase, low: value, high: value, unit });
  });

  it('never reads the number without its scale', () => {
    expect(parseRange('two-billion dollars')).toMatchObject({ low: 2e9, high: 2e9 });
  });
});

describe('a scale hyphened to a currency after a number written apart', () => {
  it.each([
    ['two million million-dollar homes', '"two million million-dollar" at offset 0'],
    ['5 billion-dollar companies', '"5 billion-dollar" at offset 0'],
    ['ten million-dollar mansions were sold', '"ten million-dollar" at offset 0'],
  ])('refuses %s, which may count things or be the amount', (text, where) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(`${where} in "${text}" may count things`);
  });

  it.each<[string, string, number]>([
    ['a billion-dollar industry', 'a billion-dollar', 1e9],
    ['a 5 billion-dollar fund', '5 billion-dollar', 5e9],
    ['a 5-billion-dollar fund', '5-billion-dollar', 5e9],
    ['two billion dollar deals', 'two billion dollar', 2e9],
  ])('reads %s, where an article or the hyphens say it is one amount', (text, phrase, value) => {
    expect(read(text)).toEqual({ text: phrase, low: value, high: value, unit: 'USD' });
  });

  it('reads on after the figure it refuses', () => {
    expect(read('3 million-dollar homes and 5,000 people')).toMatchObject({ text: '5,000 people' });
  });
});
