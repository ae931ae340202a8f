import { daysInMonth } from './days-in-month';
import type { PartialDateParts } from './types';

/** The first and last day a partial date may denote, as sortable `YYYYMMDD` integers. */
export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

/**
 * The span of days a partial date with a known year denotes: `2025` is 1 January to
 * 31 December 2025.
 *
 * @param parts - a parsed partial date
 * @returns the span, or undefined for a day of unknown year (`XXXX-05-20`), which has none
 */
export function daySpan(parts: PartialDateParts): DaySpan | undefined {
  const ordinal = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;
  switch (parts.precision) {
    case 'year':
      return { first: ordinal(parts.year, 1, 1), last: ordinal(parts.year, 12, 31) };
    case 'month':
      return {
        first: ordinal(parts.year, parts.month, 1),
        last: ordinal(parts.year, parts.month, daysInMonth(parts.month, parts.year)),
      };
    case 'day': {
      const day = ordinal(parts.year, parts.month, parts.day);
      return { first: day, last: day };
    }
    case 'month-day':
      return undefined;
  }
}
