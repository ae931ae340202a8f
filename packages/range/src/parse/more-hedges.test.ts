import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';

describe('more hedges: "close on", "nearer", "give or take"', () => {
  it('reads "close on X" as nearly X, and "nearer X" and "give or take X" as about X', () => {
    expect(read('Close on 1,000 delegates attended.')).toEqual([
      ['Close on 1,000 delegates', 'nearly 1,000 delegates'],
    ]);
    expect(read('The figure is thought to be nearer 5,000.')).toEqual([
      ['nearer 5,000', 'about 5,000'],
    ]);
    expect(read('Give or take 5,000 people attended.')).toEqual([
      ['Give or take 5,000 people', 'about 5,000 people'],
    ]);
  });
});
