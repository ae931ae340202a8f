import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('a people whose name ends in "-tis" after a figure', () => {
  it.each([
    'Some 300,000 Kuwaitis live there.',
    'The country is home to 1.2 million Emiratis.',
    'About 2 million Gujaratis voted.',
  ])('is refused, not dropped from the figure: %s', (text) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow('counts a people whose name ends in "-tis"');
  });

  it('leaves other peoples as the counted noun', () => {
    expect(read('300,000 Iraqis fled.')).toEqual([['300,000 Iraqis', '300,000 iraqis']]);
  });
});
