import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRange } from './parse-range';

/**
 * Law: a number with an e-notation exponent and a scale word has the value of its digits and
 * both powers of ten as one decimal conversion gives it, `Number("<digits>e<power>")`, when
 * that is a normal double or zero (all its digits zero); a larger one is refused as too large
 * and a smaller one as too small, never rounded to Infinity, 0 or a subnormal that has lost
 * digits. The reader
 * skips the second conversion where the value cannot be near either end; this law holds it
 * to the full check at every size.
 */
const SCALES: readonly { readonly word: string; readonly exponent: number }[] = [
  { word: '', exponent: 0 },
  { word: ' thousand', exponent: 3 },
  { word: ' million', exponent: 6 },
  { word: ' billion', exponent: 9 },
  { word: ' trillion', exponent: 12 },
];

const SMALLEST_NORMAL = 2.2250738585072014e-308;

const written = fc.record({
  whole: fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9]\d{0,34}$/)),
  // Leading zeros reach small mantissas, "0.000…0001", and past 323 of them a fraction no
  // double holds.
  fraction: fc.option(
    fc
      .tuple(fc.integer({ min: 0, max: 420 }), fc.stringMatching(/^[1-9]\d{0,5}$/))
      .map(([zeros, digits]) => `${'0'.repeat(zeros)}${digits}`),
    { nil: undefined },
  ),
  power: fc.integer({ min: -340, max: 340 }),
  scale: fc.constantFrom(...SCALES),
});

describe('the size of a number', () => {
  it('is its digits times its powers of ten, or a refusal at the ends of a double', () => {
    fc.assert(
      fc.property(written, ({ whole, fraction, power, scale: { word, exponent } }) => {
        const digits = fraction === undefined ? whole : `${whole}.${fraction}`;
        const value = Number(`${digits}e${power + exponent}`);
        const text = `${digits}e${power}${word}`;
        if (!Number.isFinite(value)) {
          expect(() => parseRange(text)).toThrow(/too large/);
        } else if (/[1-9]/.test(digits) && value < SMALLEST_NORMAL) {
          expect(() => parseRange(text)).toThrow(/too small/);
        } else {
          expect(parseRange(text).low).toBe(value);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads sizes at the edges of the fast path the same way', () => {
    expect(parseRange(`1${'0'.repeat(30)} billion`).low).toBe(1e39);
    expect(parseRange('1e250 billion').low).toBe(1e259);
    expect(parseRange('1e-251 billion').low).toBe(1e-242);
    expect(() => parseRange('1e300 billion')).toThrow(/too large/);
    expect(() => parseRange('1e-310')).toThrow(/too small/);
    expect(() => parseRange(`0.${'0'.repeat(400)}1 million`)).toThrow(/too small/);
    expect(parseRange('0.0 million').low).toBe(0);
  });
});
