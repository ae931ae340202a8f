import { describe, expect, it } from 'vitest';
import { formatRange } from '../format';
import { rangeToJSON } from '../json';
import type { RangeJSON } from '../json/types';
import { range } from '../range';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * One test per kind of issue 15, by labelling convention v2 (the rest are in
 * `newsroom-currencies-and-extraction.test.ts`). Every expected value is worked
 * out by hand from the convention, not copied from the parser.
 */
const read = (phrase: string, options?: Parameters<typeof parseRange>[1]) =>
  rangeToJSON(parseRange(phrase, options));
const texts = (text: string) => extractRanges(text).map((f) => f.text);

describe('denominators stay in the unit', () => {
  it.each<[string, RangeJSON]>([
    ['$300 per worker per month', { low: 300, high: 300, unit: 'USD/worker/month', sigFigs: 2 }],
    ['$1,800 per capita', { low: 1800, high: 1800, unit: 'USD/person', sigFigs: 2 }],
    ['$2,000 per victim', { low: 2000, high: 2000, unit: 'USD/victim', sigFigs: 2 }],
    ['62 USD a barrel', { low: 62, high: 62, unit: 'USD/barrel', sigFigs: 2 }],
    ['$15 per hr', { low: 15, high: 15, unit: 'USD/hour', sigFigs: 2 }],
  ])('%s', (phrase, expected) => {
    expect(read(phrase)).toEqual(expected);
  });

  it.each(['$5bn per decade', '$5 per quarter', '$12 billion quarterly', '$3 per minute'])(
    'refuses a period the units do not model rather than drop it: %s',
    (phrase) => {
      expect(() => parseRange(phrase)).toThrow(/period the unit system does not model/);
      expect(extractRanges(`They spent ${phrase} on it.`)).toEqual([]);
    },
  );

  it('keeps "a year earlier" a date, not a rate or a per-noun', () => {
    expect(read('$13.18 billion a year earlier').unit).toBe('USD');
    expect(read('200 a year since the war began').unit).toBe('1');
  });

  it('reads "a year since" and a year as a rate: a year since a year is no date', () => {
    expect(read('risen by an average of 3.5% a year since 2015')).toEqual({
      low: 3.5,
      high: 3.5,
      unit: '%/year',
      sigFigs: 2,
      change: 'rise',
    });
  });
});

describe('changes are signed and recorded', () => {
  it.each<[string, RangeJSON]>([
    ['a 12% slump', { low: -12, high: -12, unit: '%', sigFigs: 2, change: 'fall' }],
    ['fell 2.6%', { low: -2.6, high: -2.6, unit: '%', sigFigs: 2, change: 'fall' }],
    ['shrinking 3.1%', { low: -3.1, high: -3.1, unit: '%', sigFigs: 2, change: 'fall' }],
    ['slashed by $800 million', { low: -8e8, high: -8e8, unit: 'USD', sigFigs: 2, change: 'fall' }],
    ['down between 2% and 3%', { low: -3, high: -2, unit: '%', sigFigs: 1, change: 'fall' }],
    ['jumped 7%', { low: 7, high: 7, unit: '%', sigFigs: 1, change: 'rise' }],
    ['up 2.2%', { low: 2.2, high: 2.2, unit: '%', sigFigs: 2, change: 'rise' }],
    [
      'a year-on-year rise of 13.9 percent',
      { low: 13.9, high: 13.9, unit: '%', sigFigs: 3, change: 'rise' },
    ],
  ])('%s', (phrase, expected) => {
    expect(read(phrase)).toEqual(expected);
  });

  it('keeps "up to" a bound and "fell to" a level', () => {
    expect(read('up to 60%')).toEqual({
      low: null,
      high: 60,
      unit: '%',
      qualifier: 'at-most',
      sigFigs: 2,
    });
    expect(extractRanges('the rate fell to 5%').map((f) => f.range.change)).toEqual([undefined]);
  });

  it('reads a sign written on the size of a fall as the fall itself, not as a second turn', () => {
    for (const text of ['fell -6%', 'down -6%', 'a fall of -6%', 'fell by −6.2% y/y']) {
      const r = parseRange(text);
      expect([text, r.high < 0, r.change]).toEqual([text, true, 'fall']);
    }
    expect(rangeToJSON(parseRange('fell -6%'))).toEqual(rangeToJSON(parseRange('fell 6%')));
  });

  it('refuses a rise whose size is written negative', () => {
    for (const text of ['rose -6%', 'rose by minus 5%']) {
      expect(() => parseRange(text), text).toThrow(/is a change whose sign contradicts it/);
    }
    expect(extractRanges('Exports rose -6% in May.')).toEqual([]);
  });

  it('keeps the denominators after a change noun right after the figure', () => {
    const [rise] = extractRanges('Workers got a $300 rise per worker per month.');
    expect([rise?.text, rise?.range.unit.text, rise?.range.change]).toEqual([
      '$300 rise per worker per month',
      'USD/worker/month',
      'rise',
    ]);
  });

  it('writes a change back: "a fall of 12%" reads as it was written', () => {
    const slump = parseRange('a 12% slump');
    expect(formatRange(slump)).toBe('a fall of 12%');
    expect(rangeToJSON(parseRange(formatRange(slump)))).toEqual(rangeToJSON(slump));
    expect(formatRange(parseRange('rose by 3-5%'))).toBe('a rise of 3–5%');
  });
});

describe('nearly, almost, just under, close to; just over', () => {
  it.each<[string, RangeJSON]>([
    // 18 has two figures: half a unit of the last is 0.5 million.
    [
      'nearly 18 million people',
      {
        low: 17.5e6,
        high: 18e6,
        unit: 'people',
        highInclusive: false,
        central: 18e6,
        qualifier: 'approx',
        sigFigs: 2,
      },
    ],
    // 300 has two figures by the trailing-zero rule: half of 10 is 5.
    [
      'almost 300',
      {
        low: 295,
        high: 300,
        unit: '1',
        highInclusive: false,
        central: 300,
        qualifier: 'approx',
        sigFigs: 2,
      },
    ],
    [
      'close to 60%',
      {
        low: 59.5,
        high: 60,
        unit: '%',
        highInclusive: false,
        central: 60,
        qualifier: 'approx',
        sigFigs: 2,
      },
    ],
    [
      'just over 40%',
      {
        low: 40,
        high: 40.5,
        unit: '%',
        lowInclusive: false,
        central: 40,
        qualifier: 'approx',
        sigFigs: 2,
      },
    ],
    // One figure: "nearly 1 person" may be as low as 0.5, never below zero.
    [
      'nearly 1 person',
      {
        low: 0.5,
        high: 1,
        unit: 'people',
        highInclusive: false,
        central: 1,
        qualifier: 'approx',
        sigFigs: 1,
      },
    ],
  ])('%s', (phrase, expected) => {
    expect(read(phrase)).toEqual(expected);
  });

  it('is written back as "nearly X" only when the words read back to a range holding it', () => {
    expect(formatRange(parseRange('nearly 18 million people'))).toBe('nearly 18 million people');
    const wide = range(5e6, 18e6, 'people', {
      highInclusive: false,
      central: 18e6,
      qualifier: 'approx',
      sigFigs: 2,
    });
    expect(formatRange(wide)).not.toMatch(/nearly/);
  });

  it('never has an open lower bound or a count below zero', () => {
    for (const phrase of ['nearly 18 million people', 'almost 5 victims', 'just under 2 people']) {
      const r = parseRange(phrase);
      expect(Number.isFinite(r.low) && r.low >= 0).toBe(true);
    }
  });
});

describe('bound verbs', () => {
  it.each<[string, number, string]>([
    ['topped 80,000', 80000, '1'],
    ['surpassing $1 billion', 1e9, 'USD'],
    ['exceeded 5 million', 5e6, '1'],
    ['in excess of $5', 5, 'USD'],
    ['upwards of 500', 500, '1'],
    ['north of $5 billion', 5e9, 'USD'],
  ])('%s is more than the figure', (phrase, low, unit) => {
    const r = parseRange(phrase);
    expect([r.low, r.high, r.lowInclusive, r.qualifier, r.unit.text]).toEqual([
      low,
      Infinity,
      false,
      'more-than',
      unit,
    ]);
  });

  it('fewer than closes the top', () => {
    expect(read('fewer than 50 people')).toEqual({
      low: null,
      high: 50,
      unit: 'people',
      highInclusive: false,
      qualifier: 'less-than',
      sigFigs: 2,
    });
  });
});

describe('shares and fractions in words', () => {
  it.each<[string, number, string]>([
    ['half of the victims', 0.5, '1'],
    ['a third of', 1 / 3, '1'],
    ['two-thirds of the budget', 2 / 3, '1'],
    ['a quarter of', 0.25, '1'],
    ['three-quarters of', 0.75, '1'],
    ['one in five', 20, '%'],
    ['seven out of ten', 70, '%'],
    ['three in every four', 75, '%'],
    ['four in every 1,000 residents', 4, 'permille'],
    ['5 in every 100,000', 5e-5, '1'],
    ['17.4 per 100,000 people', 17.4e-5, '1'],
  ])('%s', (phrase, value, unit) => {
    const r = parseRange(phrase);
    expect([r.low, r.high, r.unit.text]).toEqual([value, value, unit]);
  });

  it('keeps the base noun as written', () => {
    expect(extractRanges('four in every 1,000 residents')[0]?.context).toEqual({
      base: 'residents',
    });
    const [share] = extractRanges("some 35 percent of the two provinces' revenue");
    expect(share?.text).toBe('some 35 percent');
    expect(share?.context).toEqual({ base: "the two provinces' revenue" });
  });

  it('leaves a half or third that is time or an ordinal alone', () => {
    expect(texts('in the first half of 2019 and a third term')).toEqual([]);
    expect(read('about half a million')).toMatchObject({ low: 5e5, high: 5e5 });
  });
});
