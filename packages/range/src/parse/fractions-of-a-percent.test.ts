import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

/**
 * A fraction before a ratio unit is a fraction of that unit: "a half-percent" is 0.5%. Read
 * as the fraction alone it was 0.5, a hundred times too large, and only points were known.
 */
describe('a fraction of a percent or a point', () => {
  it.each([
    ['The loss is about a half-percent of GDP.', 'about a half-percent', 'about 0.5%'],
    ['Rates rose a quarter percent.', 'rose a quarter percent', 'a rise of 0.25%'],
    ['Inflation is three-quarters of a percent higher.', 'three-quarters of a percent', '0.75%'],
    ['The tax is half a percent.', 'half a percent', '0.5%'],
    ['Yields rose half a basis point.', 'rose half a basis point', 'a rise of 0.5 basis points'],
    [
      'A half-percentage-point cut is expected.',
      'A half-percentage-point cut',
      'a fall of 0.5 percentage points',
    ],
    [
      'The bank cut rates by half a percentage point.',
      'half a percentage point',
      '0.5 percentage points',
    ],
  ])('reads %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
  });

  it('gives the unit of the ratio', () => {
    expect(parseRange('a quarter percent').unit.text).toBe('%');
    expect(parseRange('half a basis point').unit.text).toBe('bp');
  });
});
