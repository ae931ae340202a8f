import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { extractRanges } from './extract-ranges';
import { severalCurrencies } from './lexicon/currency-names';
import { parseRange } from './parse-range';

const unitOf = (text: string, currencyHint?: string) =>
  parseRange(text, currencyHint === undefined ? undefined : { currencyHint }).unit.text;

/**
 * Currencies named in words after the amount. Before this table, a name the parser did not
 * know was dropped ("200 billion Egyptian pounds" was a bare 200 billion, "5 million kronor"
 * too) or read as a count ("200 billion dinars" counted dinars).
 */
describe('a currency named after the amount', () => {
  it.each([
    ['5 million kronor', 'SEK'],
    ['3 billion reais', 'BRL'],
    ['120 million zlotys', 'PLN'],
    ['9 billion forints', 'HUF'],
    ['200 billion tenge', 'KZT'],
    ['40 billion leones', 'SLE'],
    ['12 million soles', 'PEN'],
    ['2 million kwanzas', 'AOA'],
  ])('reads a name one currency has: %s', (text, code) => {
    expect(unitOf(text)).toBe(code);
  });

  it.each([
    ['200 billion Egyptian pounds', 'EGP'],
    ['200 billion Tanzanian shillings', 'TZS'],
    ['5 million Kuwaiti dinars', 'KWD'],
    ['5 million Swedish kronor', 'SEK'],
    ['10 billion Danish kroner', 'DKK'],
    ['10 billion Czech crowns', 'CZK'],
    ['3 billion Brazilian reais', 'BRL'],
    ['800 million Cape Verdean escudos', 'CVE'],
    ['5 million Bosnian marks', 'BAM'],
    ['40 billion Lebanese lira', 'LBP'],
    ['1.2 trillion South Korean won', 'KRW'],
    ['500 Philippine pesos', 'PHP'],
  ])('reads a name with its country: %s', (text, code) => {
    expect(unitOf(text)).toBe(code);
  });

  it.each([
    ['200 billion dinars', 'dinars', 'BHD, DZD, IQD, JOD, KWD, LYD, RSD, TND'],
    ['10 billion crowns', 'crowns', 'CZK, DKK, ISK, NOK, SEK'],
    ['2 billion shillings', 'shillings', 'KES, SOS, TZS, UGX'],
    ['5 million CFA francs', 'cfa francs', 'XAF, XOF'],
    ['300 million riyals', 'riyals', 'IRR, OMR, QAR, SAR, YER'],
  ])('refuses a name several currencies share, listing them: %s', (text, name, codes) => {
    expect(() => parseRange(text)).toThrow(
      `is in "${name}", the name of several currencies (${codes})`,
    );
    expect(extractRanges(text)).toEqual([]);
  });

  it('reads a shared name as the caller’s hint when the hint is one of them', () => {
    expect(unitOf('200 billion dinars', 'KWD')).toBe('KWD');
    expect(unitOf('10 billion crowns', 'SEK')).toBe('SEK');
    expect(unitOf('5 million CFA francs', 'XOF')).toBe('XOF');
    expect(() => parseRange('200 billion dinars', { currencyHint: 'SEK' })).toThrow(/several/);
  });

  it('refuses a name after a country the tables do not pair with it', () => {
    expect(() => parseRange('200 billion Jamaican dollars')).toThrow(/does not pair/);
    expect(read('It cost 200 billion Jamaican dollars, or about $1.3 billion.')).toEqual([
      ['about $1.3 billion', 'about $1.3 billion'],
    ]);
  });

  it('reads a shared name the same way after a vague magnitude', () => {
    expect(() => parseRange('thousands of dinars')).toThrow(/several/);
    expect(unitOf('thousands of Kuwaiti dinars')).toBe('KWD');
  });

  it('keeps the readings the other tables give', () => {
    expect(unitOf('200 billion pounds')).toBe('GBP');
    expect(unitOf('200 billion rubles')).toBe('RUB');
    expect(unitOf('80 billion riels')).toBe('KHR');
    expect(unitOf('2 billion won')).toBe('KRW');
    // "marks", "escudos" and "florins" are read only with a country.
    expect(unitOf('200 million escudos')).toBe('escudos');
  });

  it('leaves a capitalised word before a figure’s noun alone', () => {
    expect(read('5 million Americans voted')).toEqual([
      ['5 million Americans', '5 million americans'],
    ]);
    expect(read('In 2024 Budget $5bn was set aside')).toEqual([['$5bn', '$5 billion']]);
  });
});

describe('severalCurrencies', () => {
  it('gives the name and codes of a shared name, and nothing for a code', () => {
    expect(severalCurrencies('several:kroner')).toEqual({ name: 'kroner', codes: ['DKK', 'NOK'] });
    expect(severalCurrencies('SEK')).toBeUndefined();
    expect(severalCurrencies('several:unknown')).toBeUndefined();
  });
});
