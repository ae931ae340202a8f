import { describe, expect, it } from 'vitest';
import { parseRange } from '../parse/parse-range';
import { point } from '../range';
import { currencyAffix } from './currency-affix';
import { formatRange } from './format-range';

const codes = Intl.supportedValuesOf('currency');

describe('currencyAffix', () => {
  it('uses the sign Intl writes in English when the parser reads it back', () => {
    expect(currencyAffix('en', true, 'USD')).toEqual({ text: '$', before: true });
    expect(currencyAffix('en', true, 'CNY')).toEqual({ text: 'CN¥', before: true });
    expect(currencyAffix('en', true, 'KHR')).toEqual({ text: 'KHR\u00a0', before: true });
  });

  it('writes the ISO code where the English sign would not read back', () => {
    // Intl writes XOF as "F CFA", which no parser could tell from words.
    expect(currencyAffix('en', true, 'XOF')).toEqual({ text: 'XOF\u00a0', before: true });
  });

  it('writes the ISO code where the English sign is another currency’s', () => {
    // In Australian English AUD is written "$", which the parser reads as US dollars.
    expect(currencyAffix('en-AU', true, 'AUD')).toEqual({ text: 'AUD\u00a0', before: true });
  });

  it('follows the locale outside English, with the space it puts between sign and number', () => {
    expect(currencyAffix('de', false, 'USD')).toEqual({ text: '\u00a0$', before: false });
    expect(currencyAffix('nl', false, 'EUR')).toEqual({ text: '€\u00a0', before: true });
  });

  it(`reads back as its own currency, for every one of the ${codes.length} currencies Intl knows`, () => {
    const misread = codes.filter((code) => {
      const text = formatRange(point(5, code, { sigFigs: 1 }));
      try {
        return String(parseRange(text).unit) !== code;
      } catch {
        return true;
      }
    });
    expect(misread).toEqual([]);
  });
});
