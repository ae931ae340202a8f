import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';

describe('"up to X from Y" with a figure after "from"', () => {
  it.each([
    ['Unemployment edged up to 4.3% from 4.1%.', '4.3%', '4.1%'],
    ['Prices went up to $5 from $3.', '$5', '$3'],
    ['The rate ticked down to 2.5% from 2.75%.', '2.5%', '2.75%'],
  ])('names the level reached and the one left, not a bound: %s', (text, now, before) => {
    expect(read(text)).toEqual([
      [now, now],
      [before, before],
    ]);
  });

  it.each([
    ['Prices could rise up to 60% from current levels.', 'rise up to 60%', 'a rise of up to 60%'],
    ['Fees could go up to 60% from 2025.', 'up to 60%', 'up to 60%'],
    ['Fees may go up to 60% of costs.', 'up to 60%', 'up to 60%'],
  ])('stays a bound when no figure follows "from": %s', (text, phrase, formatted) => {
    expect(read(text)).toEqual([[phrase, formatted]]);
  });
});
