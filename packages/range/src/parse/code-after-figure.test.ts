import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('a code in capitals that ends the clause after a figure is its unit', () => {
  it.each([
    ['Investigators traced an estimated 1.2 billion USDT, or about $1.2bn.', ['about $1.2bn']],
    ['He paid 5 BTC.', []],
    ['The import was valued at 21,340 NT$ dollar.', []],
  ])('is refused, not dropped: %s', (text, kept) => {
    expect(read(text).map(([span]) => span)).toEqual(kept);
  });

  it('is refused by parseRange with what it is', () => {
    expect(() => parseRange('an estimated 1.2 billion USDT')).toThrow('ends in a code');
    expect(() => parseRange('He paid 5 BTC.')).toThrow('ends in a code');
  });

  it('is an adjective before a word, or joined to one, and a time is a time', () => {
    expect(read('Some 40 EU diplomats met.')).toEqual([['Some 40', 'about 40']]);
    expect(read('There were 6.2 million COVID-19-related deaths.')).toEqual([
      ['6.2 million', '6.2 million'],
    ]);
    expect(read('a portfolio of 190 IDA/IBRD projects')).toEqual([['190', '190']]);
    expect(() => parseRange('The meeting is at 10 AM.')).toThrow('reads as a year, date or label');
  });

  it('reads an ISO code as the currency it is', () => {
    expect(read('They sold 3 million USD of bonds.')).toEqual([['3 million USD', '$3 million']]);
  });
});
