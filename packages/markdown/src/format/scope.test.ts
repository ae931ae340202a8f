import { describe, expect, it } from 'vitest';
import { BriefDataError } from '../errors';
import { countryNamer, periodText, scopeText } from './scope';

const options = { locale: 'en', dateFormat: 'long' } as const;

describe('scopeText', () => {
  it('names countries by their short English names (the TSDoc example)', () => {
    expect(
      scopeText(
        [
          { kind: 'country', code: 'KH' },
          { kind: 'country', code: 'LA' },
        ],
        countryNamer('en'),
      ),
    ).toBe('Cambodia, Laos');
    expect(scopeText([{ kind: 'country', code: 'MM' }], countryNamer('en'))).toBe('Myanmar');
    expect(countryNamer('en')('KH')).toBe('Cambodia');
  });

  it('names countries in the locale, keeps subdivision codes and region names', () => {
    expect(scopeText([{ kind: 'country', code: 'KH' }], countryNamer('fr'))).toBe('Cambodge');
    expect(
      scopeText(
        [
          { kind: 'subdivision', code: 'KH-12' },
          { kind: 'region', name: ' Southeast\nAsia ' },
        ],
        countryNamer('en'),
      ),
    ).toBe('KH-12, Southeast Asia');
  });

  it('shows a code the runtime cannot name as given', () => {
    expect(countryNamer('en')('XX')).toBe('XX');
    expect(countryNamer('en')('not a code')).toBe('not a code');
  });

  it('says nothing when no place is given', () => {
    expect(scopeText(undefined, countryNamer('en'))).toBeUndefined();
    expect(scopeText([], countryNamer('en'))).toBeUndefined();
  });
});

describe('periodText', () => {
  it('joins years with a dash and dates with words (the TSDoc example)', () => {
    expect(periodText({ start: '2024', end: '2025' }, options, 'period')).toBe('2024–2025');
    expect(periodText({ start: '2023', end: '2024-06' }, options, 'period')).toBe(
      '2023 to June 2024',
    );
    expect(
      periodText({ start: '2024-01', end: '2024-06' }, { ...options, dateFormat: 'iso' }, 'p'),
    ).toBe('2024-01–2024-06');
  });

  it('writes an open period from one end', () => {
    expect(periodText({ start: '2024' }, options, 'period')).toBe('from 2024');
    expect(periodText({ end: '2025-05' }, options, 'period')).toBe('until May 2025');
    expect(periodText(undefined, options, 'period')).toBeUndefined();
  });

  it('refuses a bad date, naming which end', () => {
    expect(() =>
      periodText({ start: '2024', end: 'soon' }, options, 'estimates[0].period'),
    ).toThrowError(
      new BriefDataError(
        'cannot write the date "soon" at estimates[0].period.end: a date is written YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM-DD (a day of unknown year)',
        'estimates[0].period.end',
      ),
    );
  });
});
