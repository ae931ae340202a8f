import { describe, expect, it } from 'vitest';
import { safeParseEstimate } from '../index';
import { RangeJSONSchema } from './range-json';

const issuesOf = (range: unknown) => {
  const result = safeParseEstimate({ id: 'e', metric: 'revenue', range });
  return result.success ? [] : result.issues;
};

describe('RangeJSONSchema', () => {
  it('accepts the seed article’s ranges', () => {
    for (const range of [
      { low: 12.5e9, high: 19e9, unit: 'USD/year' },
      { low: null, high: 60, unit: '%', qualifier: 'at-most' },
      { low: 350000, high: null, lowInclusive: false, unit: 'people', qualifier: 'more-than' },
      {
        low: 1,
        high: 3,
        unit: 'USD',
        meaning: { kind: 'interval', level: 0.9 },
        central: 2,
        sigFigs: 1,
      },
    ]) {
      expect(RangeJSONSchema.safeParse(range).success).toBe(true);
    }
  });

  it('reports what @reckon/range refuses at the range, with its message', () => {
    // The wording is @reckon/range's; this checks that it arrives, at the right path.
    expect(issuesOf({ low: 20e9, high: 19e9, unit: 'USD/year' })).toEqual([
      {
        path: 'range',
        code: 'invalid_range',
        message: expect.stringMatching(/low \(20000000000\).*high \(19000000000\)/),
      },
    ]);
  });

  it('reports a unit @reckon/range cannot read at range.unit', () => {
    expect(issuesOf({ low: 1, high: 2, unit: 'KHR//year' })).toMatchObject([
      { path: 'range.unit', code: 'invalid_unit' },
    ]);
    expect(issuesOf({ low: 1, high: 2, unit: 'ABC' })).toMatchObject([
      {
        path: 'range.unit',
        code: 'invalid_unit',
        message: expect.stringContaining('unknown currency "ABC"'),
      },
    ]);
  });

  it('checks the shape first and hands only a well-shaped range to @reckon/range', () => {
    // The unknown key is reported once, by zod, not a second time by rangeFromJSON.
    expect(issuesOf({ low: 1, high: 2, unit: 'USD', extra: true })).toMatchObject([
      { path: 'range', code: 'unrecognized_keys' },
    ]);
    expect(issuesOf({ low: 'one', high: 2, unit: 'USD' })).toMatchObject([
      { path: 'range.low', code: 'invalid_type' },
    ]);
    expect(issuesOf({ low: 1, high: 2 })).toMatchObject([
      { path: 'range.unit', code: 'invalid_type' },
    ]);
  });

  it('refuses non-finite numbers a JavaScript caller might pass', () => {
    expect(issuesOf({ low: Number.NaN, high: 2, unit: 'USD' })).toMatchObject([
      { path: 'range.low', code: 'invalid_type' },
    ]);
    expect(issuesOf({ low: 1, high: Number.POSITIVE_INFINITY, unit: 'USD' })).toMatchObject([
      { path: 'range.high', code: 'invalid_type' },
    ]);
  });

  it('does not turn a 50 MB unit into a 50 MB message', () => {
    const issues = issuesOf({ low: 1, high: 2, unit: 'U'.repeat(50 * 1024 * 1024) });
    expect(issues).toMatchObject([{ path: 'range.unit', code: 'too_big' }]);
    expect(issues[0]?.message.length).toBeLessThan(200);
  });
});
