import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

/**
 * A people whose name is the same in the plural ("Chinese", "Rohingya", "Swiss") is the
 * noun a figure counts, as "Iraqis" is; before, the name was dropped and "nearly a million
 * Rohingya" read as a bare number. Before another noun it says what that noun is, as
 * "people" does in "50 people smugglers".
 */
describe('a people named alike in both numbers', () => {
  it.each([
    [
      'The camp hosts nearly a million Rohingya.',
      'nearly a million Rohingya',
      'nearly 1 million rohingya',
    ],
    ['About 300,000 Lebanese live abroad.', 'About 300,000 Lebanese', 'about 300,000 lebanese'],
    ['Police freed 1,041 Chinese.', '1,041 Chinese', '1,041 chinese'],
    ['500 Swiss signed.', '500 Swiss', '500 swiss'],
  ])('is the counted noun: %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
  });

  it.each([
    [
      'Some 2 million Chinese tourists visited.',
      'Some 2 million Chinese tourists',
      'about 2 million tourists',
    ],
    ['The fire killed 12 Swiss climbers.', '12 Swiss climbers', '12 climbers'],
  ])('names what the next noun is: %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
  });

  it('makes one unit of the singular and the plural', () => {
    expect(parseRange('1 Vietnamese').unit).toBe(parseRange('2 million Vietnamese').unit);
  });
});
