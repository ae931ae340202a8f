import { describe, expect, it } from 'vitest';
import { FLOAT_NOISE, shownValue } from './shown-value';

describe('shownValue', () => {
  it('writes an exact value (no sigFigs) in full', () => {
    expect(shownValue(0.1 + 0.2, undefined, 'low')).toEqual({ value: 0.1 + 0.2, digits: 17 });
  });

  it('keeps a value with at most one guard digit, padded to the figures', () => {
    expect(shownValue(12.5, 2, 'low')).toEqual({ value: 12.5, digits: 3 });
    expect(shownValue(12, 3, 'high')).toEqual({ value: 12, digits: 3 });
  });

  it('rounds a longer value to its figures and a guard digit by its side: low down, high up, a lone value to the nearest', () => {
    expect(shownValue(16.666666666666664, 2, 'low')).toEqual({ value: 16.6, digits: 3 });
    expect(shownValue(16.666666666666664, 2, 'high')).toEqual({ value: 16.7, digits: 3 });
    expect(shownValue(16.666666666666664, 2, 'nearest')).toEqual({ value: 16.7, digits: 3 });
    expect(shownValue(16.1234, 2, 'nearest')).toEqual({ value: 16.1, digits: 3 });
    expect(shownValue(16.1234, 1, 'low')).toEqual({ value: 16, digits: 2 });
  });

  it('reads float noise as the decimal it hides, and nothing wider', () => {
    expect(shownValue(38.00000000000001, 2, 'high')).toEqual({ value: 38, digits: 2 });
    expect(shownValue(37.99999999999999, 2, 'low')).toEqual({ value: 38, digits: 2 });
    // Just outside the margin it is a real digit, and rounds outward.
    const beyond = 38 * (1 + 4 * FLOAT_NOISE);
    expect(shownValue(beyond, 2, 'high')).toEqual({ value: 38.1, digits: 3 });
    // Exactly at the margin it is still noise: 64 + 2^-43 is 64 and 64 × 2^-49.
    expect(shownValue(64 + 2 ** -43, 1, 'high')).toEqual({ value: 64, digits: 2 });
  });

  it('trims float noise up to 13 figures, and rounds to the nearest beyond', () => {
    // At 13 figures 0.1 + 0.2 is the noise around 0.3, padded to the figures.
    expect(shownValue(0.1 + 0.2, 13, 'nearest')).toEqual({ value: 0.3, digits: 13 });
    // At 14 it is rounded as any value with more digits: to 15, the figures and a guard digit.
    expect(shownValue(0.1 + 0.2, 14, 'nearest')).toEqual({ value: 0.3, digits: 15 });
  });

  it('writes zero as one digit', () => {
    expect(shownValue(0, 3, 'low')).toEqual({ value: 0, digits: 1 });
  });

  it('writes a bound in full rather than round it past the largest double', () => {
    expect(shownValue(Number.MAX_VALUE, 2, 'high')).toEqual({
      value: Number.MAX_VALUE,
      digits: 17,
    });
  });
});
