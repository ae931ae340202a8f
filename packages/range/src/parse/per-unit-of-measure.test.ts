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
  });
});
