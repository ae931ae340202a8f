import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';

describe('"top" opens a lower bound only where it is a verb', () => {
  it('after a modal or a verb of expecting: "could top $20bn" is more than $20 billion', () => {
    expect(read('Insured losses could top $20bn.')).toEqual([
      ['could top $20bn', 'more than $20 billion'],
    ]);
    expect(read('Sales are expected to top 5 million units.')).toEqual([
      ['expected to top 5 million units', 'more than 5 million units'],
    ]);
    expect(read('Market value topped $1 trillion.')).toEqual([
      ['topped $1 trillion', 'more than $1 trillion'],
    ]);
  });

  it('not as the adjective, or after "to" of a move', () => {
    expect(read('The top 1% of earners.')).toEqual([['1%', '1%']]);
    expect(read('The firm moved to top 5 in the rankings.')).toEqual([['5', '5']]);
  });
});
