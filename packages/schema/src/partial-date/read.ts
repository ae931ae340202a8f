import { messages } from '../messages';
import { daysInMonth } from './days-in-month';
import { PARTIAL_DATE_MAX_LENGTH, PARTIAL_DATE_PATTERN } from './pattern';
import type { PartialDateParts } from './types';

/**
 * Reads a partial date, or says what is wrong with it. Shared by {@link parsePartialDate}
 * (which throws) and the zod schema (which reports an issue), so both say the same thing.
 *
 * @param value - the text to read
 * @returns the parts, or a message describing the problem
 */
export function readPartialDate(value: unknown): PartialDateParts | string {
  if (typeof value !== 'string') return messages.dateNotString(value);
  if (value.length > PARTIAL_DATE_MAX_LENGTH || !PARTIAL_DATE_PATTERN.test(value)) {
    return messages.dateSyntax(value);
  }
  const [first, second, third] = value.split('-');
  const year = first === 'XXXX' ? undefined : Number(first);
  if (second === undefined) return { precision: 'year', year: year as number };
  const month = Number(second);
  if (third === undefined) return { precision: 'month', year: year as number, month };
  const day = Number(third);
  const length = daysInMonth(month, year);
  if (day > length) return messages.dateNotInCalendar(value, month, year, length);
  return year === undefined
    ? { precision: 'month-day', month, day }
    : { precision: 'day', year, month, day };
}
