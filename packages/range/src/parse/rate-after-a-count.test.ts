import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';

describe('"a" with a singular noun after a count is a rate, as after a price', () => {
  it('keeps the rate: "42,000 a game" is 42,000 per game', () => {
    expect(read('Attendance averaged 42,000 a game.')).toEqual([
      ['42,000 a game', '42,000 per game'],
    ]);
    expect(read('He scored 3 goals a game.')).toEqual([['3 goals a game', '3 goals per game']]);
    expect(read('Eggs cost $3 a dozen.')).toEqual([['$3 a dozen', '$3 per dozen']]);
  });

  it('not after a year, before an amount, or before a word that starts a new phrase', () => {
    expect(read('In 2019 a report said so.')).toEqual([]);
    expect(read('In a survey of 1,000 a third said yes.')).toEqual([['1,000', '1,000']]);
    expect(read('The index hit 5,000 a record high.')).toEqual([['5,000', '5,000']]);
    expect(read('Police arrested 12 a day later.')).toEqual([['12', '12']]);
  });

  it('is still no rate per currency without money before it', () => {
    expect(read('The official rate was set at 1,082 per dollar.')).toEqual([]);
  });
});
