import { describe, expect, it } from 'vitest';
import { RangeParseError } from '../errors';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * The parser misreadings found by fuzzing (reliability probe): each input is read right or
 * refused with a RangeParseError, and extraction never reports half of it.
 */
const zeros = '0'.repeat(400);

describe('hostile input: read right or refused', () => {
  it('refuses text under a bidi override, where the reader sees another order', () => {
    expect(() => parseRange('between \u202e5 and 9')).toThrow(RangeParseError);
    expect(extractRanges('between \u202e5 and 9')).toEqual([]);
    expect(extractRanges('\u2067between 5 and 9\u2069 people, and 7 more')).toEqual([
      expect.objectContaining({ text: '7' }),
    ]);
  });

  it('reads through invisible direction marks, which reorder nothing stored', () => {
    const r = parseRange('\u200f5\u200e to 9 people');
    expect([r.low, r.high, r.unit.text]).toEqual([5, 9, 'people']);
  });

  it('refuses a plus-minus whose spread cannot be read, rather than drop it', () => {
    expect(() => parseRange(`15 ± ${'9'.repeat(400)}`)).toThrow(/too large/);
    expect(() => parseRange('15 ± x')).toThrow(/readable spread/);
    expect(extractRanges(`15 ± ${'9'.repeat(400)} people`)).toEqual([]);
  });

  it('reads signed exponents', () => {
    expect(parseRange('1.5E+9').low).toBe(1.5e9);
    const people = parseRange('5e+3 people');
    expect([people.low, people.unit.text]).toEqual([5000, 'people']);
    expect(parseRange('2.5e-3').low).toBe(0.0025);
  });

  it('multiplies stacked scale words, and refuses them out of order', () => {
    expect(parseRange('₹2 lakh crore').low).toBe(2e12);
    expect(parseRange('5 thousand million').low).toBe(5e9);
    expect(parseRange('five thousand million').low).toBe(5e9);
    expect(parseRange('5 billion billion').low).toBe(5e18);
    expect(() => parseRange('5 million thousand')).toThrow(/follows a larger one/);
  });

  it('refuses periods the units do not model, and reads hours', () => {
    expect(() => parseRange('$5bn per decade')).toThrow(RangeParseError);
    expect(() => parseRange('$5 per quarter')).toThrow(RangeParseError);
    expect(parseRange('$15 per hr').unit.text).toBe('USD/hour');
  });

  it('refuses numbers that underflow or overflow a double', () => {
    expect(() => parseRange(`between 0.${zeros}1 and 0.${zeros}2`)).toThrow(/too small/);
    expect(() => parseRange(`0.${'0'.repeat(310)}5`)).toThrow(/too small/);
    expect(() => parseRange('1e999')).toThrow(/too large/);
    expect(extractRanges(`between 0.${zeros}1 and 0.${zeros}2`)).toEqual([]);
  });

  it('refuses null or non-object options with a typed error, not a TypeError', () => {
    expect(() => parseRange('5', null as never)).toThrow(RangeParseError);
    expect(() => extractRanges('5', null as never)).toThrow(RangeParseError);
    expect(() => parseRange('5', 'USD' as never)).toThrow(/options must be an object/);
  });
});
