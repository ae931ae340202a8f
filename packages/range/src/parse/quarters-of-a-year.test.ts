import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

/**
 * "three quarters" in words is a share (0.75) or three quarters of a year. With no "of"
 * after it, the words before tell: a figure spread "over three quarters" or "for three
 * quarters" is time. Read as 0.75, "grew 10% over three quarters" had a bound of more than
 * three quarters of a whole that no one wrote.
 */
describe('quarters of a year written in words', () => {
  it.each([
    ['The economy grew 10% over three quarters, the office said.', 'grew 10%', 'a rise of 10%'],
    ['Sales fell 4% over two quarters.', 'fell 4%', 'a fall of 4%'],
  ])('refuses the span after a change and keeps the change: %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
    expect(() => parseRange(text)).toThrow('"over');
  });

  it.each([
    ['Growth was flat for over three quarters.', '"over three quarters" at offset 20'],
    ['It shrank in the past three quarters.', '"three quarters" at offset 22'],
    ['Output fell for three quarters in a row.', '"three quarters" at offset 16'],
    ['Profits rose in two quarters out of four.', '"two quarters" at offset 16'],
  ])('refuses time or share after a word of time: %s', (text, where) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow(where);
    expect(() => parseRange(text)).toThrow('may count quarters of a year');
  });

  it.each([
    ['Over three quarters of the budget goes on wages.', 'Over three quarters', 'more than 0.75'],
    ['Three quarters said yes.', 'Three quarters', '0.75'],
    ['It happens in three quarters of cases.', 'three quarters', '0.75'],
    ['over three-quarters of voters', 'over three-quarters', 'more than 0.75'],
    ['It took 3 quarters.', '3 quarters', '3 quarters'],
    ['Growth was flat for 3 quarters.', '3 quarters', '3 quarters'],
  ])('reads a share, or quarters in digits, as before: %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
  });
});
