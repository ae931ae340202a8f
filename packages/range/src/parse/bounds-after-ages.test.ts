import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

/**
 * "or older" and "or younger" after an age bound it as "or more" and "or less" do. Read
 * without them, "aged 60 or older" was exactly 60.
 */
describe('an age bounded after the figure', () => {
  it.each([
    ['About 1 in 4 victims were aged 60 or older.', '60 or older', 'at least 60'],
    ['Adults 65 and older qualify.', '65 and older', 'at least 65'],
    ['children aged 5 or younger', '5 or younger', 'up to 5'],
    ['Children 12 and younger ride free.', '12 and younger', 'up to 12'],
  ])('gives the bound: %s', (text, span, reading) => {
    expect(read(text).at(-1)).toEqual([span, reading]);
  });

  it('makes a closed bound, which "more than" would not', () => {
    const r = parseRange('60 or older');
    expect([r.low, r.lowInclusive, r.high]).toEqual([60, true, Number.POSITIVE_INFINITY]);
  });

  it('is not read where the words do not touch the figure', () => {
    expect(read('a sample of 1,233 adults, 18 years of age or older')).toEqual([
      ['1,233 adults', '1,233 adults'],
      ['18 years', '18 years'],
    ]);
  });
});
