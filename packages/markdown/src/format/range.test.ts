import { describe, expect, it } from 'vitest';
import { rangeText } from './range';

const options = { locale: 'en', rangeStyle: 'long' } as const;

describe('rangeText', () => {
  it('writes a range JSON with formatRange (the TSDoc example)', () => {
    expect(
      rangeText({ low: null, high: 60, unit: '%', qualifier: 'at-most' }, options, 'range'),
    ).toBe('up to 60%');
    expect(
      rangeText(
        { low: 12.5e9, high: 19e9, unit: 'USD/year' },
        { locale: 'en', rangeStyle: 'short' },
        'r',
      ),
    ).toBe('$12.5B–$19B/yr');
  });

  it('refuses a range JSON that is not a range, saying where', () => {
    expect(() =>
      rangeText({ low: 2, high: 1, unit: 'USD' }, options, 'estimates[3].range'),
    ).toThrowError(/^cannot write the range at estimates\[3\]\.range: /);
  });
});
