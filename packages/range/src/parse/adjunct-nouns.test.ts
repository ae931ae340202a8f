import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * A noun spelled alike as a plural and before another noun ("people", "police", "fish",
 * "aircraft") says what the next noun is: the figure counts that one. Read with the first
 * noun alone, "50 people smugglers" was 50 people and "500 fish farms" 500 fish.
 */
describe('a noun before the noun a figure counts', () => {
  it.each([
    ['Police arrested 50 people smugglers.', '50 people smugglers', '50 smugglers'],
    ['The agency shut 500 fish farms.', '500 fish farms', '500 farms'],
    ['The navy has 12 aircraft carriers.', '12 aircraft carriers', '12 carriers'],
    ['Some 200 police officers were deployed.', 'Some 200 police officers', 'about 200 officers'],
    ['The council funds 40 youth groups.', '40 youth groups', '40 groups'],
    ['Hackers drained 10,000 bitcoin wallets.', '10,000 bitcoin wallets', '10,000 wallets'],
  ])('counts the second noun: %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
  });

  it('keeps both nouns as written, and the second as the unit', () => {
    const [found] = extractRanges('At least 13 police trainees were killed.');
    expect(found?.noun).toBe('police trainees');
    expect(found?.range.unit.text).toBe('trainees');
    expect(parseRange('1 police officer').unit.text).toBe('officers');
  });

  it.each([
    ['killed 200 people days after the vote', '200 people'],
    ['200 people Tuesday', '200 people'],
    ['3,000 people always come', '3,000 people'],
    ['500 fish', '500 fish'],
  ])('leaves the first noun counted before a time word, a name or no noun: %s', (text, reading) => {
    expect(read(text).map(([, r]) => r)).toEqual([reading]);
  });

  it('reads a regular plural as before, whatever follows it', () => {
    expect(read('180 farmers protests')).toEqual([['180 farmers', '180 farmers']]);
  });
});

describe('bitcoin after a figure', () => {
  it.each([
    ['Victims lost 10,000 bitcoin.', 'lost 10,000 bitcoin', 'a fall of 10,000 bitcoins'],
    ['He holds 2 bitcoin.', '2 bitcoin', '2 bitcoins'],
    ['He holds 5 bitcoins.', '5 bitcoins', '5 bitcoins'],
  ])('counts bitcoins, as it counts sheep: %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
  });

  it('stays a denominator after "per"', () => {
    expect(parseRange('$60,000 per bitcoin').unit.text).toBe('USD/bitcoin');
  });
});
