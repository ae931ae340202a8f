import { describe, expect, it } from 'vitest';
import { adversarialInputs } from '../../test-support/adversarial-inputs';
import { RangeParseError } from '../errors';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/** Runs `f` and returns what it threw, or undefined. */
function thrown(f: () => unknown): unknown {
  try {
    f();
    return undefined;
  } catch (error) {
    return error;
  }
}

// 100 KB each: large enough to hit any quadratic path hard, small enough for a unit test.
// Timing is measured in bench/parse.ts, never asserted here. Mutation testing, which runs
// these for every mutant they cover, sets a smaller size (see vitest.mutation.config.ts).
const size = Number(process.env.RECKON_ADVERSARIAL_SIZE ?? 100_000);
describe.each(adversarialInputs(size))(
  `adversarial input: %s (${size / 1000} KB)`,
  (_name, text) => {
    it('extractRanges returns ranges with offsets inside the input, and throws nothing', () => {
      const found = extractRanges(text);
      for (const f of found) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(Number.isNaN(f.range.low) || Number.isNaN(f.range.high)).toBe(false);
      }
    });

    it('parseRange throws nothing but RangeParseError', () => {
      const error = thrown(() => parseRange(text));
      if (error !== undefined) expect(error).toBeInstanceOf(RangeParseError);
    });
  },
);

describe('adversarial single numbers', () => {
  it('refuses a number too large for a double with a RangeParseError', () => {
    expect(() => parseRange('9'.repeat(400))).toThrow(RangeParseError);
    expect(extractRanges(`${'9'.repeat(400)} people`)).toEqual([]);
  });

  it('reads a number as large as a double allows', () => {
    expect(parseRange(`17${'0'.repeat(307)}`).low).toBe(1.7e308);
  });
});
