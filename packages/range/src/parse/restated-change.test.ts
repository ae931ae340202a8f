import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';

/**
 * A figure after ", or" or in parentheses right after a change restates that change in other
 * terms, and takes its direction. Read alone, "shrank by 10,000, or 2%" gave a level of 2%,
 * so a fall came out as a rise.
 */
describe('a change restated in other terms', () => {
  it.each([
    ['The workforce shrank by roughly 10,000, or 2%.', '2%', 'a fall of 2%'],
    [
      'The company will cut 1,200 jobs, or about 8% of its workforce.',
      'about 8%',
      'a fall of about 8%',
    ],
    ['Sales fell $2bn (5%) last year.', '5%', 'a fall of 5%'],
    ['Exports rose 12%, or $3 billion, in May.', '$3 billion', 'a rise of $3 billion'],
    [
      'Profits fell 5%, or more than $1 billion.',
      'more than $1 billion',
      'a fall of more than $1 billion',
    ],
  ])('takes the change’s direction: %s', (text, span, reading) => {
    expect(read(text)[1]).toEqual([span, reading]);
  });

  it.each([
    ['Turnout was 61%, or 3 million voters.', ['61%', '3 million voters']],
    ['Sales fell 5% to $2bn (a record).', ['a fall of 5%', '$2 billion']],
    ['Costs fell 5%; or 3% in real terms.', ['a fall of 5%', '3%']],
    ['Prices fell 4%, or -2% in real terms.', ['a fall of 4%', '-2%']],
  ])('leaves a level, another clause and a signed figure alone: %s', (text, readings) => {
    expect(read(text).map(([, r]) => r)).toEqual(readings);
  });
});
