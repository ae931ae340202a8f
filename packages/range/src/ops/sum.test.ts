import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { point, type Range, range } from '../range';
import { rangeIn } from '../testing/arbitraries';
import { add } from './add';
import { sum } from './sum';

describe('sum', () => {
  it('equals adding in order: sum([a, b, c]) is add(add(a, b), c)', () => {
    fc.assert(
      fc.property(fc.array(rangeIn('USD'), { minLength: 1, maxLength: 5 }), (rs) => {
        const folded = rs.slice(1).reduce<Range>((total, r) => add(total, r), rs[0] as Range);
        expect(sum(rs)).toEqual(folded);
      }),
    );
  });

  it('adds bounds: 1 + [2, 3] + [4, 5] is [7, 9]', () => {
    expect(sum([point(1, 'USD'), range(2, 3, 'USD'), range(4, 5, 'USD')])).toMatchObject({
      low: 7,
      high: 9,
    });
  });

  it('returns a single range unchanged', () => {
    const r = range(1, 2, 'USD');
    expect(sum([r])).toBe(r);
  });

  it('refuses an empty list and a non-array', () => {
    expect(() => sum([])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: cannot sum an empty list of ranges: the unit of the result is unknown; pass at least one range]`,
    );
    expect(() => sum(point(1, 'USD') as unknown as Range[])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: sum's argument must be an array of ranges, got an object]`,
    );
  });
});
