import { InvalidRangeError, range } from '@reckon/range';
import { parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../findings/check-dossier';
import type { CheckOptions } from '../options';

const dossier = parseDossier({ schemaVersion: '0.2' });
/** The message of the error refusing `options`, with the option it names: `[rates] …`. */
const refusal = (options: unknown): string => {
  try {
    checkDossier(dossier, options as CheckOptions);
  } catch (error) {
    if (error instanceof InvalidRangeError) return `[${error.field}] ${error.message}`;
    throw error;
  }
  return 'accepted';
};

describe('checkDossier options', () => {
  it('takes no options, empty options, or options without rates', () => {
    expect(refusal(undefined)).toBe('accepted');
    expect(refusal({})).toBe('accepted');
    expect(refusal({ rates: undefined })).toBe('accepted');
    expect(refusal({ rates: [] })).toBe('accepted');
  });

  it('refuses null options and null rates, saying which', () => {
    expect(refusal(null)).toBe(
      "[options] options is null: pass an object such as { rates: [range(4000, 4100, 'KHR/USD')] }, or nothing",
    );
    expect(refusal({ rates: null })).toBe(
      "[rates] options.rates is null: pass an array of ranges, e.g. [range(4000, 4100, 'KHR/USD')]",
    );
  });

  it('accepts rates of one currency per another, either way round, and price years', () => {
    expect(
      refusal({
        rates: [
          range(4000, 4100, 'KHR/USD'),
          range(0.9, 0.95, 'EUR/USD'),
          range(1.1, 1.2, 'USD@2023/USD@2015'),
        ],
      }),
    ).toBe('accepted');
    // An exclusive lower bound of 0 is still positive throughout.
    expect(refusal({ rates: [range(0, 2, 'KHR/USD', { lowInclusive: false })] })).toBe('accepted');
  });

  it('refuses a rate that is not one currency over another, naming its place in the list', () => {
    const good = range(4000, 4100, 'KHR/USD');
    const ratio = (where: string, unit: string) =>
      `[rates] ${where} is in ${unit}: a rate must be one currency per another, e.g. KHR/USD or USD@2023/USD@2015`;
    expect(refusal({ rates: [good, range(1, 2, 'KHR*USD')] })).toBe(
      ratio('options.rates[1]', 'KHR*USD'),
    );
    // A currency per head is not a rate; the unit is named as the range library writes it.
    expect(refusal({ rates: [range(1, 2, 'USD/people')] })).toBe(
      ratio('options.rates[0]', 'USD/person'),
    );
    expect(refusal({ rates: [range(1, 2, 'KHR/USD/year')] })).toBe(
      ratio('options.rates[0]', 'KHR/USD/year'),
    );
    expect(refusal({ rates: [range(1, 2, 'KHR')] })).toBe(ratio('options.rates[0]', 'KHR'));
    expect(refusal({ rates: [range(1, 2, 'KHR^2/USD^2')] })).toBe(
      ratio('options.rates[0]', 'KHR^2/USD^2'),
    );
    expect(refusal({ rates: [range(1, 2, 'KHR^2/USD')] })).toBe(
      ratio('options.rates[0]', 'KHR^2/USD'),
    );
    expect(refusal({ rates: [range(1, 2, 'KHR*USD/EUR')] })).toBe(
      ratio('options.rates[0]', 'KHR*USD/EUR'),
    );
  });

  it('refuses a rate that reaches 0 or below', () => {
    expect(refusal({ rates: [range(-5, 2, 'KHR/USD')] })).toBe(
      "[rates] options.rates[0] reaches -5 KHR/USD: a rate must be positive throughout, e.g. range(4000, 4100, 'KHR/USD')",
    );
  });

  it('refuses something that is not a Range, naming the rates', () => {
    expect(refusal({ rates: [{ low: 1, high: 2, unit: 'KHR/USD' }] })).toBe(
      "[rates] options.rates[0] is not a Range: make rates with range() or rangeFromJSON(), e.g. range(4000, 4100, 'KHR/USD')",
    );
  });
});
