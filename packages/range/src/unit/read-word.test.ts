import { describe, expect, it } from 'vitest';
import { UnitSyntaxError, UnknownCurrencyError } from '../errors';
import { readWord } from './read-word';
import { unit } from './unit';

/**
 * Which kind of atom a word names. Exactly three capitals are a currency code; any other
 * word with a capital is no unit, whatever capitals it holds.
 */
describe('readWord', () => {
  it('reads three capitals as a currency code, and nothing longer or shorter', () => {
    expect(readWord('KHR', 0, 'KHR')).toEqual(['currency', 'KHR']);
    // A currency pair, a plural code, or a code after a letter is a word not in lower case.
    for (const word of ['GBPUSD', 'USDs', 'kUSD', 'US']) {
      expect(() => readWord(word, 0, word), word).toThrow(UnitSyntaxError);
      expect(() => unit(word), word).toThrow(`unknown unit "${word}" at position 0`);
      expect(() => unit(word), word).not.toThrow(UnknownCurrencyError);
    }
    expect(() => readWord('XYZ', 0, 'XYZ')).toThrow(UnknownCurrencyError);
  });
});
