import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * What the two ends of a range carry into the phrase: a scale written once makes the whole
 * range a quantity, even where a bare range would be days or years; a bare year does not
 * range to a quantity unless the scale it shares keeps the ends in order. Expected values
 * are worked out by hand.
 */
const found = (text: string) =>
  extractRanges(text).map((f) => [f.text, f.range.low, f.range.high, f.range.unit.text]);

describe('the ends of a range', () => {
  it('reads a range with a scale after a month as a quantity, not as days', () => {
    expect(found('In May 2 to 3 million fled.')).toEqual([['2 to 3 million', 2e6, 3e6, '1']]);
    // Without the scale, "May 2 to 3" is two days.
    expect(found('In May 2 to 3 they fled.')).toEqual([]);
  });

  it('reads a range whose high end alone looks like a year as a quantity', () => {
    expect(found('In 500 to 2000 cases the virus spread.')).toEqual([
      ['500 to 2000 cases', 500, 2000, 'cases'],
    ]);
  });

  it('does not range a bare year to a quantity, unless a shared scale keeps them in order', () => {
    expect(found('in the first half of 2019 to 29.974 million')).toEqual([
      ['29.974 million', 29.974e6, 29.974e6, '1'],
    ]);
    // After "in", a year is a date: "in 2023 to ₹45,000 crore" is no range from ₹20.23 billion.
    expect(found('a decline from ₹60,300 crore in 2023 to ₹45,000 crore in the budget')).toEqual([
      ['₹60,300 crore', 603e9, 603e9, 'INR'],
      ['₹45,000 crore', 450e9, 450e9, 'INR'],
    ]);
    expect(found('between 2000 and 3000 million people')).toEqual([
      ['between 2000 and 3000 million people', 2e9, 3e9, 'people'],
    ]);
  });

  it('takes a year after "in" for a date before a scaled high end, and nothing else', () => {
    expect(found('spending rose in 2023 to 4,500 million')).toEqual([
      ['4,500 million', 4.5e9, 4.5e9, '1'],
    ]);
    // A figure after "in" that is no year still starts a range.
    expect(found('sold in 2 to 3 million homes')).toEqual([
      ['2 to 3 million homes', 2e6, 3e6, 'homes'],
    ]);
    // Two years after "in" are a span of years, never one of them alone.
    expect(() => parseRange('in 2019 to 2021')).toThrow('"2019" at offset 3');
    expect(() => parseRange('in 2019 to 2021')).toThrow('reads as a year, date or label');
  });

  it('ends a vague magnitude where no "of" follows', () => {
    expect(found('tens of thousands more people')).toEqual([['tens of thousands', 1e4, 1e5, '1']]);
  });

  it('does not give a low end the high end’s scale when it would equal the high end', () => {
    // Sharing "million" made "between 1 and 1 million" exactly 1 million.
    const r = parseRange('between 1 and 1 million');
    expect([r.low, r.high]).toEqual([1, 1e6]);
  });
});
