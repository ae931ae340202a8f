import { describe, expect, it } from 'vitest';
import { parseRange } from './parse-range';

/**
 * Significant figures of a decimal as a reader counts them (the labelling convention): the
 * digits written from the first non-zero one, trailing zeros included because they were
 * written on purpose. Whether the writer put a zero before the point changes nothing.
 */
describe('a decimal keeps its trailing zeros, with or without a zero before the point', () => {
  it.each<[string, number]>([
    ['.5%', 1],
    ['.50%', 2],
    ['.500%', 3],
    ['0.500%', 3],
    ['.05 percent', 1],
    ['0.0500%', 3],
  ])('%s is known to %i figures', (phrase, figures) => {
    expect(parseRange(phrase).sigFigs).toBe(figures);
  });
});
