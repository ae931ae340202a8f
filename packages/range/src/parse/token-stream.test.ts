import { describe, expect, it } from 'vitest';
import { TokenStream } from './token-stream';

describe('TokenStream', () => {
  it('gives tokens by index, and the end token past the input or before its start', () => {
    const stream = new TokenStream('about $3 million');
    expect([0, 1, 2, 3].map((i) => stream.at(i).text)).toEqual(['about', '$', '3', 'million']);
    expect(stream.at(4).kind).toBe('end');
    expect(stream.at(-1).kind).toBe('end');
  });

  it('keeps serving tokens after releasing the ones behind', () => {
    const stream = new TokenStream('x '.repeat(5000));
    for (let i = 0; i < 5000; i++) {
      expect(stream.at(i).start).toBe(2 * i);
      stream.release(i - 8);
    }
    expect(stream.at(4999 - 4).start).toBe(2 * 4995);
    // Behind what was released, a reader sees nothing there, as before the input.
    expect(stream.at(0).kind).toBe('end');
    expect(stream.at(0).start).toBe(0);
  });

  it('scans tokens in order however far ahead the first look goes', () => {
    const stream = new TokenStream('between 50 and 75 billion');
    expect(stream.at(4).text).toBe('billion');
    expect([0, 1, 2, 3].map((i) => stream.at(i).text)).toEqual(['between', '50', 'and', '75']);
    expect(stream.at(5).kind).toBe('end');
    expect(stream.at(5).start).toBe(25);
  });
});
