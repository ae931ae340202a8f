import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('a price per unit of measure that is no counted noun', () => {
  it.each([
    'The cost is USD 4/kg at the farm gate.',
    'Power sold at $80 per MWh.',
    'Rice costs $2 a kg.',
    'Land sells for $5,000 per square metre.',
    'PM2.5 reached 300 micrograms per cubic metre.',
    'Office space rents at $40 per sq ft.',
    // A unit of two words: the second dropped made a price of energy a price of power.
    'Gas fell below €30 per megawatt hour.',
    'Power costs $0.12 per kilowatt hour.',
    'Fares are 10 cents per passenger kilometre.',
    // Money per a scale word counts units it leaves out.
    'LNG surged to $14 per million British thermal units.',
  ])('is refused, not read as a bare price: %s', (text) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow('a unit of measure the unit system does not model');
  });

  it('keeps a denominator that is a counted noun, abbreviated or not', () => {
    expect(read('valued at US$2,945/rai ($18,410/ha; $7,450/acre)')).toEqual([
      ['US$2,945/rai', '$2,945 per rai'],
      ['$18,410/ha', '$18,410 per ha'],
      ['$7,450/acre', '$7,450 per acre'],
    ]);
    expect(read('It costs $300 per worker per month.')).toEqual([
      ['$300 per worker per month', '$300 per worker a month'],
    ]);
    expect(read('Output rose to $70 per hour worked.')).toEqual([['$70 per hour', '$70 an hour']]);
    expect(read('There were 5 deaths per million people.')).toEqual([
      ['5 deaths per million people', '0.000005'],
    ]);
  });
});
