import { describe, expect, it } from 'vitest';
import { formatRange } from '../format';
import { rangeToJSON } from '../json';
import { unit } from '../unit';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * What follows a figure: its denominators ("per worker", "a barrel", "/rai", "an hour"),
 * which stay in its unit, and a comparative after it ("or more", "+"). A point in time
 * ("a year from now") is no denominator, and a comparative that runs into the next number
 * belongs to that number.
 */
const found = (text: string) =>
  extractRanges(text).map((f) => [f.text, String(f.range.unit)] as const);

describe('denominators', () => {
  it.each<[string, string]>([
    ['$5 a head', 'USD/person'],
    ['$5 per capita', 'USD/person'],
    ['62 USD an ounce', 'USD/ounce'],
    ['$5 a worker', 'USD/worker'],
    ['$5 per workers', 'USD/worker'],
    ['3,000 baht/rai', 'THB/rai'],
    ['$5 an hour', 'USD/hour'],
    ['$5 /hr', 'USD/hour'],
    ['5 people per household', 'people/household'],
    ['5 people a day', 'people/day'],
    ['70 kyats per baht', 'MMK/THB'],
    ['$20 a head of cattle', 'USD/cattle'],
    ['$20 per head of pigs', 'USD/pig'],
    ['£2,000 per head of population', 'GBP/person'],
    ['£2,000 per head of the population', 'GBP/person'],
  ])('%s is in %s', (text, unit) => {
    expect(found(text)).toEqual([[text, unit]]);
  });

  it('reads "per capita of" as per capita, leaving what follows "of" alone', () => {
    expect(found('$1,800 per capita of the region')).toEqual([['$1,800 per capita', 'USD/person']]);
  });

  it('refuses "per head of" a word that is no count noun, rather than read per person', () => {
    expect(() => parseRange('$20 per head of state')).toThrowErrorMatchingInlineSnapshot(
      `[RangeParseError: "per head of state" at offset 4 in "$20 per head of state" is per head of no count noun; write "per person" or "per" and the noun counted]`,
    );
    // A currency is a noun, but not one that counts heads.
    expect(() => parseRange('$20 per head of euros')).toThrow(/per head of euros/);
    expect(extractRanges('paid $20 a head of the herd, and 5 people came')).toMatchObject([
      { text: '5 people' },
    ]);
  });

  it.each([
    '$5 billion a year from now',
    '$5 billion a year from today',
    '$5 billion a year from then',
  ])('reads no period in "%s", a point in time', (text) => {
    expect(found(text)).toEqual([['$5 billion', 'USD']]);
  });

  it('reads "a year from" a year as a period: "$5 a year from 2020" on', () => {
    expect(found('$5 a year from 2020')).toEqual([['$5 a year', 'USD/year']]);
  });

  it('reads three denominators', () => {
    const [rate] = extractRanges('$1 per worker per day per site');
    expect(rate?.text).toBe('$1 per worker per day per site');
    expect(rate?.range.unit).toBe(unit('USD/worker/day/site'));
  });
});

describe('comparatives after the figure', () => {
  it.each<[string, number, number, string]>([
    ['more than 5% or equal', 5, Infinity, 'at-least'],
    ['above 300 or equal to it', 300, Infinity, 'at-least'],
    ['fewer than 5 or equal', -Infinity, 5, 'at-most'],
    ['less than $2 million or equal to', -Infinity, 2e6, 'at-most'],
  ])(
    'reads "or equal" after a strict bound as the bound with its end: %s',
    (text, low, high, qualifier) => {
      const [hit] = extractRanges(text);
      const r = hit?.range;
      const end = Number.isFinite(low) ? r?.lowInclusive : r?.highInclusive;
      expect([hit?.text, r?.low, r?.high, end, r?.qualifier]).toEqual([
        text,
        low,
        high,
        true,
        qualifier,
      ]);
    },
  );

  it('leaves "or equal to" that runs into a number to the next phrase', () => {
    expect(found('more than 5 or equal to 6')).toEqual([
      ['more than 5', '1'],
      ['equal to 6', '1'],
    ]);
  });

  it('reads "+" touching the figure as "or more", and a spaced one as nothing', () => {
    expect(rangeToJSON(extractRanges('350,000+ people')[0]?.range ?? never())).toMatchObject({
      low: 350000,
      high: null,
      qualifier: 'at-least',
    });
    expect(found('350,000 + people')).toEqual([['350,000', '1']]);
  });

  it('reads a bound after the noun as after the figure: it wins over a hedge, not over a bound', () => {
    const read = (text: string) =>
      extractRanges(text).map((f) => [f.text, formatRange(f.range)] as const);
    expect(read('350,000 people or more fled')).toEqual([
      ['350,000 people or more', 'at least 350,000 people'],
    ]);
    // "about 500 or more" is [500, +inf), with or without the noun between.
    expect(read('about 500 people or more came')).toEqual([
      ['about 500 people or more', 'at least 500 people'],
    ]);
    expect(read('exactly 500 people or fewer')).toEqual([
      ['exactly 500 people or fewer', 'up to 500 people'],
    ]);
    // "or so" adds nothing to a hedge, and a vague magnitude takes no bound.
    expect(read('about 500 people or so')).toEqual([['about 500 people', 'about 500 people']]);
    expect(read('tens of thousands of people or more')).toEqual([
      ['tens of thousands of people', 'tens of thousands of people'],
    ]);
  });

  it('reads "or so" as about', () => {
    const [about] = extractRanges('5 per cent or so');
    expect(about && rangeToJSON(about.range)).toEqual({
      low: 5,
      high: 5,
      unit: '%',
      central: 5,
      qualifier: 'approx',
      sigFigs: 1,
    });
  });

  it('leaves "or greater than" that runs into a number to the next figure', () => {
    expect(
      extractRanges('200 or greater than 190').map((f) => [f.text, f.range.qualifier]),
    ).toEqual([
      ['200', 'exact'],
      ['greater than 190', 'more-than'],
    ]);
  });
});

function never(): never {
  throw new Error('expected a phrase');
}
