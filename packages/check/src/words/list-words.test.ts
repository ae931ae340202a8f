import { describe, expect, it } from 'vitest';
import { listWords } from './list-words';

describe('listWords', () => {
  it('joins words as prose', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b'])).toBe('a and b');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
