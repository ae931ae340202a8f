import { describe, expect, it } from 'vitest';
import { RangeParseError } from '../errors';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/** East African shilling prefixes: one country's sign is read, a shared one needs a hint. */
describe('shilling prefixes', () => {
  it.each<[string, number, string]>([
    ['KSh 2.7 trillion', 2.7e12, 'KES'],
    ['Ksh2.7 trillion', 2.7e12, 'KES'],
    ['TSh 5,000', 5000, 'TZS'],
    ['USh 5,000', 5000, 'UGX'],
  ])('%s names one currency', (phrase, value, code) => {
    const r = parseRange(phrase);
    expect([r.low, r.unit.text]).toEqual([value, code]);
  });

  it('reads "Sh" and "Shs" with a shilling currencyHint', () => {
    expect(parseRange('Sh34 billion', { currencyHint: 'KES' }).unit.text).toBe('KES');
    expect(parseRange('Sh34 billion', { currencyHint: 'TZS' }).unit.text).toBe('TZS');
    expect(parseRange('about Sh25,000 per person', { currencyHint: 'KES' }).unit.text).toBe(
      'KES/person',
    );
    expect(parseRange('Shs1.2 trillion', { currencyHint: 'UGX' }).low).toBe(1.2e12);
  });

  it('refuses "Sh" without a hint rather than guess the country', () => {
    expect(() => parseRange('Sh34 billion')).toThrowErrorMatchingInlineSnapshot(
      `[RangeParseError: the amount at offset 0 in "Sh34 billion" is in "Sh", the currency of several countries (KES, TZS, UGX); pass a currencyHint, or write the code]`,
    );
    expect(() => parseRange('Sh34 billion', { currencyHint: 'INR' })).toThrow(RangeParseError);
    expect(extractRanges('A Sh34 billion plan for 5 people.').map((f) => f.text)).toEqual([
      '5 people',
    ]);
  });
});
