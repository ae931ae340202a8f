import { describe, expect, it } from 'vitest';
import { unit } from '../unit/unit';
import { unitWords } from './unit-words';

describe('unitWords', () => {
  it('names only the parts a unit has', () => {
    expect(unitWords(unit('USD'))).toStrictEqual({ currency: 'USD' });
    expect(unitWords(unit('%'))).toStrictEqual({ ratio: '%' });
    expect(unitWords(unit('people'))).toStrictEqual({
      noun: { plural: 'people', singular: 'person' },
    });
    expect(unitWords(unit('USD/year'))).toStrictEqual({ currency: 'USD', period: 'year' });
    expect(unitWords(unit('USD/person/year'))).toStrictEqual({
      currency: 'USD',
      per: 'person',
      period: 'year',
    });
  });

  it('has no words for a unit prose cannot write plainly', () => {
    expect(unitWords(unit('USD*people'))).toBeUndefined();
    expect(unitWords(unit('USD/quarter'))).toBeUndefined();
    expect(unitWords(unit('USD@2023'))).toBeUndefined();
  });
});
