import { describe, expect, it } from 'vitest';
import { countSigFigs } from './sig-figs';

describe('countSigFigs', () => {
  it.each([
    // The digits written, without leading zeros.
    ['5', 1],
    ['19', 2],
    ['12.5', 3],
    ['1025', 4],
    ['2025', 4],
    // A decimal's trailing zeros count.
    ['1.50', 3],
    ['1.0', 2],
    ['10.05', 4],
    ['0.06', 1],
    ['0.05', 1],
    ['0.050', 2],
    ['.5', 1],
    ['0', 1],
    ['0.0', 1],
    // An integer's trailing zeros are ambiguous: at least two figures, never more than written.
    ['60', 2],
    ['50', 2],
    ['10', 2],
    ['100', 2],
    ['5000', 2],
    ['350000', 2],
    ['1250000', 3],
    ['1200', 2],
    ['1230', 3],
    ['007', 1],
    ['0060', 2],
  ])('%s has %i', (digits, expected) => {
    expect(countSigFigs(digits)).toBe(expected);
  });
});
