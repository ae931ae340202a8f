import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('"won" after an amount: the Korean currency, or the verb', () => {
  it('is the currency after a scale word or thousands separators', () => {
    expect(read('The network defrauded victims of 2 billion won.')).toEqual([
      ['2 billion won', '₩2 billion'],
    ]);
    expect(read('Prices ranged from 1.2 to 1.5 million won.')).toEqual([
      ['from 1.2 to 1.5 million won', '₩1.2–1.5 million'],
    ]);
    expect(read('A coffee costs 5,000 won in Seoul.')).toEqual([['5,000 won', '₩5,000']]);
    expect(String(parseRange('fined 3 million won for speeding').unit)).toBe('KRW');
  });

  it('is the verb before its object, or after a small bare number', () => {
    expect(read('Of 20,000 candidates, 12,000 won seats.')).toEqual([
      ['20,000 candidates', '20,000 candidates'],
      ['12,000', '12,000'],
    ]);
    expect(read('Of the 300 candidates, 12 won.')).toEqual([
      ['300 candidates', '300 candidates'],
      ['12', '12'],
    ]);
    expect(read('The 2 million won the lottery.')).toEqual([['2 million', '2 million']]);
  });
});
