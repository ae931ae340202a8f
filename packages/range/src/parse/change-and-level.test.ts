import { describe, expect, it } from 'vitest';
import { rangeToJSON } from '../json';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * A change followed by a new level, and the nouns of change, by labelling convention v2.
 * Expected values are worked out by hand from the convention.
 */
describe('nouns of change made from the verbs of change', () => {
  it.each<[string, number, string]>([
    ['a shrink of 3.6 percent', -3.6, '%'],
    ['a reduction of ₹15,300 crore', -1.53e11, 'INR'],
    ['a tumble of 8%', -8, '%'],
    ['a 15% reduction', -15, '%'],
  ])('%s is a fall', (phrase, value, unit) => {
    const r = parseRange(phrase);
    expect([r.low, r.high, r.unit.text, r.change]).toEqual([value, value, unit, 'fall']);
  });
});

describe('a ratio unit on the low end only does not make a range', () => {
  it('reads "by one percentage point to 7.5" as a change and a new level', () => {
    const found = extractRanges('It raised its outlook by one percentage point to 7.5 this year.');
    expect(found.map((f) => [f.text, rangeToJSON(f.range)])).toEqual([
      ['one percentage point', { low: 1, high: 1, unit: 'pp' }],
      ['7.5', { low: 7.5, high: 7.5, unit: '1', sigFigs: 2 }],
    ]);
  });

  it('still reads a ratio unit written on the high end or on both as a range', () => {
    expect(rangeToJSON(parseRange('5 to 7%'))).toEqual({ low: 5, high: 7, unit: '%', sigFigs: 1 });
    expect(rangeToJSON(parseRange('5% to 7%'))).toEqual({
      low: 5,
      high: 7,
      unit: '%',
      sigFigs: 1,
    });
    expect(rangeToJSON(parseRange('60% ± 3'))).toMatchObject({ low: 57, high: 63, unit: '%' });
  });
});

describe('a revision states both figures', () => {
  it('does not mark the level after "raised … by X to Y" as a revision', () => {
    const found = extractRanges(
      "It lifts India's forecast by 0.9 percentage points to 5.4 per cent.",
    );
    expect(found.map((f) => [f.text, f.revision])).toEqual([
      ['0.9 percentage points', undefined],
      ['5.4 per cent', undefined],
    ]);
  });

  it('keeps a dashed range whole on either side of a revision', () => {
    const found = extractRanges('Thailand has lowered its export growth target to 1-2% from 2-3%.');
    expect(found.map((f) => [f.text, f.range.low, f.range.high, f.revision])).toEqual([
      ['1-2%', 1, 2, 'to'],
      ['2-3%', 2, 3, 'from'],
    ]);
  });

  it('marks both figures when the old one follows the new', () => {
    const found = extractRanges('So we have raised our annual forecast to 6.6 from 6.5.');
    expect(found.map((f) => [f.text, f.revision])).toEqual([
      ['6.6', 'to'],
      ['6.5', 'from'],
    ]);
  });
});

describe('a fraction of a percentage point', () => {
  it.each<[string, number, string | undefined]>([
    ['cut by a quarter point', -0.25, 'fall'],
    ['a quarter-point cut', -0.25, 'fall'],
    ['a half-point rise', 0.5, 'rise'],
    ['half a percentage point', 0.5, undefined],
    ['three-quarters of a point', 0.75, undefined],
  ])('%s is in percentage points', (phrase, value, change) => {
    const r = parseRange(phrase);
    expect([r.low, r.high, r.unit.text, r.change]).toEqual([value, value, 'pp', change]);
  });

  it('keeps "half a million" an amount', () => {
    expect(parseRange('half a million').low).toBe(5e5);
  });
});

describe('a change verb followed by a bound of size', () => {
  // An editor reads "fell more than 5%" as "fell by more than 5%": a fall beyond 5%.
  it.each([
    ['Shares fell more than 5%', 'Shares fell by more than 5%'],
    ['Shares fell over 5%', 'Shares fell by more than 5%'],
    ['Shares fell less than 1%', 'Shares fell by less than 1%'],
    ['Shares rose more than 5%', 'Shares rose by more than 5%'],
  ])('reads "%s" as "%s"', (phrase, withBy) => {
    expect(rangeToJSON(parseRange(phrase))).toEqual(rangeToJSON(parseRange(withBy)));
  });

  it('reads "fell more than 5%" as a fall below -5%', () => {
    expect(rangeToJSON(parseRange('Shares fell more than 5%'))).toEqual({
      low: null,
      high: -5,
      highInclusive: false,
      unit: '%',
      qualifier: 'less-than',
      sigFigs: 1,
      change: 'fall',
    });
  });

  it('still reads a bound of place after the verb as the level reached', () => {
    const r = parseRange('fell below 400,000');
    expect([r.low, r.high, r.change]).toEqual([Number.NEGATIVE_INFINITY, 400000, undefined]);
    expect(parseRange('rose above 5%').change).toBeUndefined();
  });
});
