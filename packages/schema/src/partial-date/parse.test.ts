import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../errors';
import { parsePartialDate } from './parse';

describe('parsePartialDate', () => {
  it('reads each precision a source may give', () => {
    expect(parsePartialDate('2025')).toEqual({ precision: 'year', year: 2025 });
    expect(parsePartialDate('2025-05')).toEqual({ precision: 'month', year: 2025, month: 5 });
    expect(parsePartialDate('2025-05-20')).toEqual({
      precision: 'day',
      year: 2025,
      month: 5,
      day: 20,
    });
    expect(parsePartialDate('XXXX-05-20')).toEqual({ precision: 'month-day', month: 5, day: 20 });
  });

  it('knows leap years: 29 February exists in 2024 and 2000, not in 2025 or 1900', () => {
    expect(parsePartialDate('2024-02-29')).toMatchObject({ day: 29 });
    expect(parsePartialDate('2000-02-29')).toMatchObject({ day: 29 });
    expect(() => parsePartialDate('2025-02-29')).toThrow(InvalidDateError);
    expect(() => parsePartialDate('1900-02-29')).toThrow(InvalidDateError);
  });

  it('accepts 29 February in an unknown year, which may be a leap year', () => {
    expect(parsePartialDate('XXXX-02-29')).toEqual({ precision: 'month-day', month: 2, day: 29 });
    expect(() => parsePartialDate('XXXX-02-30')).toThrow(InvalidDateError);
  });

  it('refuses days past the end of a 30-day month', () => {
    for (const month of ['04', '06', '09', '11']) {
      expect(() => parsePartialDate(`2025-${month}-31`)).toThrow(InvalidDateError);
      expect(parsePartialDate(`2025-${month}-30`)).toMatchObject({ day: 30 });
    }
  });

  it.each([
    '25',
    '2025-5',
    '2025-05-5',
    '2025-00',
    '2025-13',
    '2025-05-00',
    '2025-05-32',
    'XXXX',
    'XXXX-05',
    '2025/05/20',
    ' 2025',
    '2025-05-20T00:00',
    '２０２５',
    '',
  ])('refuses %j with a message that says what would be right', (text) => {
    expect(() => parsePartialDate(text)).toThrow(/YYYY, YYYY-MM, YYYY-MM-DD, or XXXX-MM-DD/);
  });

  it('keeps the text it refused on the error', () => {
    try {
      parsePartialDate('20 May');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidDateError);
      expect(error).toMatchObject({ code: 'INVALID_DATE', input: '20 May' });
    }
  });

  it('refuses a value that is not text, without a TypeError', () => {
    expect(() => parsePartialDate(20250520 as unknown as string)).toThrow(InvalidDateError);
  });
});
