import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('a lone "m" apart from money is millions', () => {
  it('reads "EUR 3.4 m" as €3.4 million', () => {
    expect(read('Turnover was EUR 3.4 m.')).toEqual([['EUR 3.4 m', '€3.4 million']]);
    expect(parseRange('$5 M').high).toBe(5e6);
  });

  it('still refuses it after a bare number, where it may be metres', () => {
    expect(() => parseRange('The bridge is 5 m wide.')).toThrow('may be metres or millions');
  });
});
