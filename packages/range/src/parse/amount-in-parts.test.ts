import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('a figure written in parts, a scaled amount and then a smaller one', () => {
  it.each([
    'He was paid 1 lakh 20 thousand rupees.',
    'The city has 5 million 200 thousand people.',
  ])('is refused, not read as two figures: %s', (text) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow('writes one figure in parts');
  });

  it('leaves a number without a smaller scale after it alone', () => {
    expect(read('It cost $2 billion 10 years ago.')).toEqual([
      ['$2 billion', '$2 billion'],
      ['10 years', '10 years'],
    ]);
  });
});
