/**
 * Hostile parser input: each reproduction from the reliability probe, pinned through the
 * public API. A phrase is read right or refused with a RangeParseError; never half-read.
 */
import { extractRanges, parseRange, RangeParseError } from '@reckon/range';
import { describe, expect, it } from 'vitest';

const zeros = '0'.repeat(400);

describe('parser misreads found by fuzzing', () => {
  it('invisible bidi marks: an override is refused, plain direction marks read through', () => {
    expect(() => parseRange('between \u202e5 and 9')).toThrow(RangeParseError);
    const r = parseRange('\u200f5\u200e to 9 people');
    expect([r.low, r.high, r.unit.text]).toEqual([5, 9, 'people']);
  });

  it('an unreadable bound is refused, not dropped', () => {
    expect(() => parseRange(`15 ± ${'9'.repeat(400)}`)).toThrow(RangeParseError);
  });

  it('signed exponents are read whole', () => {
    expect(parseRange('1.5E+9').low).toBe(1.5e9);
    expect(parseRange('5e+3 people').low).toBe(5000);
  });

  it('stacked scale words multiply', () => {
    expect(parseRange('₹2 lakh crore').low).toBe(2e12);
    expect(parseRange('5 thousand million').low).toBe(5e9);
    expect(parseRange('5 billion billion').low).toBe(5e18);
  });

  it('unknown periods are refused; hours are read', () => {
    expect(() => parseRange('$5bn per decade')).toThrow(RangeParseError);
    expect(() => parseRange('$5 per quarter')).toThrow(RangeParseError);
    expect(parseRange('$15 per hr').unit.text).toBe('USD/hour');
  });

  it('underflow is refused', () => {
    expect(() => parseRange(`between 0.${zeros}1 and 0.${zeros}2`)).toThrow(RangeParseError);
  });

  it('null options give a typed error, not a TypeError', () => {
    expect(() => parseRange('5', null as never)).toThrow(RangeParseError);
    expect(() => extractRanges('5', null as never)).toThrow(RangeParseError);
  });
});
