import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';

describe('"up" and "down" as the particle of the verb before them', () => {
  it.each([
    ['Operators shut down 2.6 million accounts.', '2.6 million'],
    ['The court handed down 10 years in prison.', '10 years'],
    ['The platform took down 3 million posts.', '3 million posts'],
    ['Exports made up 64.6% of the total.', '64.6%'],
    ['Debt service eats up 60% of government revenue.', '60%'],
    ['He had used up three-quarters of that.', '0.75'],
    ['The firm racked up $5bn in losses.', '$5 billion'],
    ['The app signed up 2 million users.', '2 million users'],
  ])('is no change: %s', (text, reading) => {
    expect(read(text).map(([, r]) => r)).toEqual([reading]);
  });

  it.each([
    ['Prices went down 5% last month.', 'a fall of 5%'],
    ['The index closed down 2.3%.', 'a fall of 2.3%'],
    ['Output edged up 0.1%.', 'a rise of 0.1%'],
    ['Shares ended up 2%.', 'a rise of 2%'],
  ])('leaves a level’s own movement a change: %s', (text, reading) => {
    expect(read(text).map(([, r]) => r)).toEqual([reading]);
  });
});

describe('a vague magnitude in a table’s unit', () => {
  it('is no figure: "(in millions of dollars)"', () => {
    expect(read('Revenue (in millions of dollars) rose to 1,245.')).toEqual([['1,245', '1,245']]);
  });

  it('stays a figure elsewhere', () => {
    expect(read('The firm deals in millions of dollars.')).toEqual([
      ['millions of dollars', 'millions of dollars'],
    ]);
  });
});
