import { describe, expect, it } from 'vitest';
import { RangeParseError, UnknownCurrencyError } from '../errors';
import { rangeToJSON } from '../json';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * The rest of issue 15's kinds, by labelling convention v2: currencies written the local way,
 * Indian grouping, and what extractRanges joins or splits. Every expected value is worked out
 * by hand from the convention, not copied from the parser.
 */
const read = (phrase: string, options?: Parameters<typeof parseRange>[1]) =>
  rangeToJSON(parseRange(phrase, options));

const texts = (text: string) => extractRanges(text).map((f) => f.text);

describe('currencies written the local way', () => {
  it.each<[string, number, string]>([
    ['₱2.5 billion', 2.5e9, 'PHP'],
    ['P2.5 billion', 2.5e9, 'PHP'],
    ['RM40 million', 40e6, 'MYR'],
    ['฿3,000', 3000, 'THB'],
    ['B3,000', 3000, 'THB'],
    ['Rp 5 trillion', 5e12, 'IDR'],
    ['1,557.5 trillion Rp', 1557.5e12, 'IDR'],
    ['K50,000', 50000, 'MMK'],
    ['₭10,000', 10000, 'LAK'],
    ['៛4,000', 4000, 'KHR'],
    ['₫5 billion', 5e9, 'VND'],
    ['Rs 500', 500, 'INR'],
    ['₹500', 500, 'INR'],
    ['Tk 500 crore', 5e9, 'BDT'],
    ['S$5 million', 5e6, 'SGD'],
    ['HK$5 million', 5e6, 'HKD'],
    ['NT$5 million', 5e6, 'TWD'],
    ['USD412 million', 412e6, 'USD'],
    ['US$3.4bil', 3.4e9, 'USD'],
    ['US $9 billion', 9e9, 'USD'],
    ['Kyats 4,910', 4910, 'MMK'],
    ['R8.4 crore', 84e6, 'INR'],
  ])('%s', (phrase, value, code) => {
    const r = parseRange(phrase);
    expect([r.low, r.high, r.unit.text]).toEqual([value, value, code]);
  });

  it('reads every ISO 4217 code before or after the number, glued or spaced', () => {
    for (const code of Intl.supportedValuesOf('currency')) {
      if (['ALL', 'TOP', 'CUP', 'SOS', 'PEN', 'BOB', 'MOP', 'TRY', 'AMD'].includes(code)) continue;
      for (const phrase of [`${code} 5 million`, `${code}5 million`, `5 million ${code}`]) {
        expect(parseRange(phrase).unit.text, phrase).toBe(code);
      }
    }
  });

  it('reads an ambiguous letter only with a scale, separators, or a hint', () => {
    expect(() => parseRange('P500')).toThrow(RangeParseError);
    expect(extractRanges('Plan P500 was cheaper')).toEqual([]);
    expect(parseRange('P500', { currencyHint: 'PHP' }).unit.text).toBe('PHP');
    expect(parseRange('K500', { currencyHint: 'ZMW' }).unit.text).toBe('ZMW');
    expect(() => parseRange('COP21')).toThrow(RangeParseError);
  });

  it('reads Rs and rupees as the hinted rupee, INR without a hint', () => {
    expect(parseRange('Rs1.13tr', { currencyHint: 'PKR' }).unit.text).toBe('PKR');
    expect(parseRange('70 billion rupees', { currencyHint: 'PKR' }).unit.text).toBe('PKR');
    expect(parseRange('70 billion rupees', { currencyHint: 'INR' }).unit.text).toBe('INR');
    expect(parseRange('Rs 500 crore').unit.text).toBe('INR');
    expect(parseRange('Rs 500', { currencyHint: 'THB' }).unit.text).toBe('INR');
  });

  it('refuses rupees with a Western scale word and no rupee hint', () => {
    // Pakistani, Nepali and Sri Lankan outlets write "Rs165 billion"; Indian ones write crore.
    expect(() => parseRange('70 billion rupees')).toThrow(/several countries/);
    expect(() => parseRange('Rs165 billion', { currencyHint: 'THB' })).toThrow(RangeParseError);
  });

  it('refuses a hint that is not a currency code', () => {
    expect(() => parseRange('P5', { currencyHint: 'Pesos' })).toThrow(UnknownCurrencyError);
  });
});

describe('Indian grouping, lakh and crore', () => {
  it.each<[string, number]>([
    ['4,50,000', 450000],
    ['12,34,567', 1234567],
    ['1,00,00,000', 1e7],
    ['2 crore', 2e7],
    ['12 lakh rupees', 1.2e6],
    ['four lakh rupees', 4e5],
    ['₹2 lakh crore', 2e12],
    ['Rs 500 cr', 5e9],
  ])('%s', (phrase, value) => {
    const r = parseRange(phrase);
    expect([r.low, r.high]).toEqual([value, value]);
  });

  it('never splits "4,50,000" in running text', () => {
    const [paid] = extractRanges('He paid 4,50,000 rupees in fees.');
    expect([paid?.text, paid?.range.low, paid?.range.unit.text]).toEqual([
      '4,50,000 rupees',
      450000,
      'INR',
    ]);
  });

  it('refuses digits grouped neither way', () => {
    expect(() => parseRange('4,50,00')).toThrow(/neither the Western way/);
    expect(extractRanges('paid 4,50,00 rupees')).toEqual([]);
  });
});

describe('extractRanges: intervals, revisions, restatements, signs', () => {
  it('joins a stated confidence interval into one range with its level', () => {
    const found = extractRanges(
      'Deaths were estimated at 1,500; the 90 percent confidence interval runs from 1,210 to 1,870.',
    );
    expect(found.map((f) => [f.range.low, f.range.high, f.range.meaning])).toEqual([
      [1500, 1500, { kind: 'bounds' }],
      [1210, 1870, { kind: 'interval', level: 0.9 }],
    ]);
  });

  it('reads "from X to Y" after a verb of revision as two figures', () => {
    const found = extractRanges('Officials revised the toll from 120 to 1,400 on Monday.');
    expect(found.map((f) => [f.text, f.revision])).toEqual([
      ['120', 'from'],
      ['1,400', 'to'],
    ]);
    const reversed = extractRanges('Iran revised down the toll to 26,271 from 41,000.');
    expect(reversed.map((f) => [f.text, f.revision])).toEqual([
      ['26,271', 'to'],
      ['41,000', 'from'],
    ]);
    expect(() => parseRange('revised the toll from 120 to 1,400')).toThrow(RangeParseError);
  });

  it('keeps a range after other verbs a range', () => {
    expect(texts('estimates range from $12.5 to $19 billion per year')).toEqual([
      'from $12.5 to $19 billion per year',
    ]);
  });

  it('keeps a parenthetical restatement inside one figure', () => {
    expect(
      read('between 50,000 (fifty thousand) and 400,000 (four hundred thousand) riels'),
    ).toEqual({ low: 50000, high: 400000, unit: 'KHR', sigFigs: 2 });
  });

  it('orders two negative ends: "minus 5% to minus 8%" is [-8, -5]', () => {
    expect(read('minus 5% to minus 8%')).toEqual({ low: -8, high: -5, unit: '%', sigFigs: 1 });
  });
});

describe('rates, exchange rates and pesos', () => {
  it.each<[string, number, string]>([
    // per thousand is per mille; per 100,000 the ratio; the counted noun before "per" is the
    // thing counted, the group after it the base.
    ['5.5 per thousand inhabitants', 5.5, 'permille'],
    ['6.8 infants per 1,000 live births', 6.8, 'permille'],
    ['2.1/1000', 2.1, 'permille'],
    ['9 children per 100,000 live births', 9e-5, '1'],
    ['eight of 10 Filipinos', 80, '%'],
  ])('%s', (phrase, value, unit) => {
    const r = parseRange(phrase);
    expect([r.low, r.high, r.unit.text]).toEqual([value, value, unit]);
  });

  it('keeps the counted group as the base', () => {
    expect(extractRanges('6.8 infants per 1,000 live births')[0]?.context).toEqual({
      base: 'live births',
    });
  });

  it('reads an exchange rate as a currency per currency', () => {
    expect(parseRange('around Ks2,000 per dollar').unit.text).toBe('MMK/USD');
    expect(parseRange('70 kyats per baht').unit.text).toBe('MMK/THB');
  });

  it('reads pesos only with a peso hint, and refuses them without', () => {
    expect(parseRange('500 pesos', { currencyHint: 'PHP' }).unit.text).toBe('PHP');
    expect(() => parseRange('500 pesos')).toThrow(/several/);
    expect(parseRange('500 Philippine pesos').unit.text).toBe('PHP');
  });
});

describe('more intervals and revisions', () => {
  it('reads "revised … up to X from Y" as two figures, not a bound', () => {
    const found = extractRanges('The IMF revised its forecast up to 5.2 percent from 4.8 percent.');
    expect(found.map((f) => [f.text, f.revision, f.range.qualifier])).toEqual([
      ['5.2 percent', 'to', 'exact'],
      ['4.8 percent', 'from', 'exact'],
    ]);
  });

  it('reads "revised … down to X from Y" as two figures, as "up to"', () => {
    const found = extractRanges('The bank revised its forecast down to 4.1% from 4.8%.');
    expect(found.map((f) => [f.text, f.revision, f.range.qualifier])).toEqual([
      ['4.1%', 'to', 'exact'],
      ['4.8%', 'from', 'exact'],
    ]);
  });

  it('joins "a 95% uncertainty range of X to Y"', () => {
    const [f] = extractRanges('with a 95% uncertainty range of 1,200 to 1,900 deaths');
    expect([f?.range.low, f?.range.high, f?.range.meaning]).toEqual([
      1200,
      1900,
      { kind: 'interval', level: 0.95 },
    ]);
  });

  it('reads a change noun after the figure, past its modifiers', () => {
    expect(read('a 25.4% year-on-year increase')).toEqual({
      low: 25.4,
      high: 25.4,
      unit: '%',
      sigFigs: 3,
      change: 'rise',
    });
    const planned = parseRange('a £60 billion a year increase');
    expect([planned.low, planned.unit.text, planned.change]).toEqual([60e9, 'GBP/year', 'rise']);
  });
});
