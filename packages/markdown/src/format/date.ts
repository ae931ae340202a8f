import { ReckonError } from '@reckon/range';
import { type PartialDateParts, parsePartialDate } from '@reckon/schema';
import { BriefDataError } from '../errors';
import * as m from '../messages';
import type { ResolvedOptions } from '../options';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A fixed instant in the month, read in UTC so no time zone moves it to another day. */
const instant = (parts: { year?: number; month?: number; day?: number }): number =>
  Date.UTC(parts.year ?? 2000, (parts.month ?? 1) - 1, parts.day ?? 1);

function monthName(month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    instant({ month }),
  );
}

function iso(parts: PartialDateParts): string {
  switch (parts.precision) {
    case 'year':
      return pad(parts.year, 4);
    case 'month':
      return `${pad(parts.year, 4)}-${pad(parts.month, 2)}`;
    case 'day':
      return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
    case 'month-day':
      // ISO 8601's form for a day of no particular year.
      return `--${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
  }
}

function long(parts: PartialDateParts, locale: string): string {
  switch (parts.precision) {
    case 'year':
      return String(parts.year);
    case 'month':
      return `${monthName(parts.month, locale)} ${parts.year}`;
    case 'day':
      return `${parts.day} ${monthName(parts.month, locale)} ${parts.year}`;
    case 'month-day':
      return `${parts.day} ${monthName(parts.month, locale)}`;
  }
}

function localeOrder(parts: PartialDateParts, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
  if (parts.precision !== 'month-day') options.year = 'numeric';
  if (parts.precision !== 'year') options.month = 'long';
  if (parts.precision === 'day' || parts.precision === 'month-day') options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(instant(parts));
}

/**
 * Writes a partial date at the precision it has, never inventing a part: `XXXX-05-20` is
 * `20 May`, not a day of some year.
 *
 * @param date - `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `XXXX-MM-DD`
 * @param options - `dateFormat` and `locale` from the resolved options
 * @param where - where the date is in the data, for the error message
 * @returns the date in words
 * @throws {@link BriefDataError} when `date` is not a partial date
 * @example
 * ```ts
 * formatDate('XXXX-05-20', { dateFormat: 'long', locale: 'en' }, 'date'); // => '20 May'
 * formatDate('2025-05', { dateFormat: 'iso', locale: 'en' }, 'date'); // => '2025-05'
 * ```
 */
export function formatDate(
  date: string,
  options: Pick<ResolvedOptions, 'dateFormat' | 'locale'>,
  where: string,
): string {
  let parts: PartialDateParts;
  try {
    parts = parsePartialDate(date);
  } catch (error) {
    if (!(error instanceof ReckonError)) throw error;
    throw new BriefDataError(m.badDate(date, where), where);
  }
  switch (options.dateFormat) {
    case 'iso':
      return iso(parts);
    case 'locale':
      return localeOrder(parts, options.locale);
    default:
      return long(parts, options.locale);
  }
}
