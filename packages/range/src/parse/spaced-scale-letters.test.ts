import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('a scale letter apart from money is its scale', () => {
  it('reads "EUR 3.4 m" as €3.4 million, "IDR 5 T" as 5 trillion rupiah', () => {
    expect(read('Turnover was EUR 3.4 m.')).toEqual([['EUR 3.4 m', '€3.4 million']]);
    expect(parseRange('$5 M').high).toBe(5e6);
    expect(read('The subsidy is IDR 5 T.')).toEqual([['IDR 5 T', 'IDR\u00a05 trillion']]);
    expect(parseRange('The deal is $2 B.').high).toBe(2e9);
    expect(parseRange('A fee of PHP 500 K.').high).toBe(5e5);
  });

  it('still refuses it after a bare number, where it may be metres', () => {
    expect(() => parseRange('The bridge is 5 m wide.')).toThrow('may be metres or millions');
  });
});
