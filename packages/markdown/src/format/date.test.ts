import { ReckonError } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { BriefDataError } from '../errors';
import { formatDate } from './date';

const long = { dateFormat: 'long', locale: 'en' } as const;

describe('formatDate', () => {
  it('writes each precision in the long form, never inventing a part (the TSDoc examples)', () => {
    expect(formatDate('XXXX-05-20', long, 'date')).toBe('20 May');
    expect(formatDate('2025-05', { dateFormat: 'iso', locale: 'en' }, 'date')).toBe('2025-05');
    expect(formatDate('2025', long, 'date')).toBe('2025');
    expect(formatDate('2025-05', long, 'date')).toBe('May 2025');
    expect(formatDate('2025-05-20', long, 'date')).toBe('20 May 2025');
  });

  it('writes ISO 8601, with --MM-DD for a day of unknown year', () => {
    const iso = { dateFormat: 'iso', locale: 'en' } as const;
    expect(formatDate('2025-05-20', iso, 'date')).toBe('2025-05-20');
    expect(formatDate('0850', iso, 'date')).toBe('0850');
    expect(formatDate('XXXX-05-20', iso, 'date')).toBe('--05-20');
  });

  it("uses the locale's month names, and with `locale` its order", () => {
    expect(formatDate('2025-05-20', { dateFormat: 'long', locale: 'fr' }, 'date')).toBe(
      '20 mai 2025',
    );
    expect(formatDate('2025-05-20', { dateFormat: 'locale', locale: 'en' }, 'date')).toBe(
      'May 20, 2025',
    );
    expect(formatDate('XXXX-05-20', { dateFormat: 'locale', locale: 'en' }, 'date')).toBe('May 20');
    expect(formatDate('2025-05', { dateFormat: 'locale', locale: 'en-GB' }, 'date')).toBe(
      'May 2025',
    );
  });

  it('keeps 31 December and 1 January in their year, whatever the time zone', () => {
    expect(formatDate('2024-12-31', long, 'date')).toBe('31 December 2024');
    expect(formatDate('2025-01-01', { dateFormat: 'locale', locale: 'en-GB' }, 'date')).toBe(
      '1 January 2025',
    );
  });

  it('refuses what is not a partial date, saying where it is', () => {
    const attempt = () => formatDate('20 May', long, 'responses[0].date');
    expect(attempt).toThrowError(BriefDataError);
    expect(attempt).toThrowError(ReckonError);
    expect(attempt).toThrowError(
      'cannot write the date "20 May" at responses[0].date: a date is written YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM-DD (a day of unknown year)',
    );
    expect(() => formatDate('2025-02-29', long, 'd')).toThrowError(BriefDataError);
  });
});
