import { parsePartialDate } from './parse';
import { daySpan } from './span';
import type { PartialDateParts } from './types';

/** `[group, first day, -last day]`: known years first, then earlier, then coarser. */
function sortKey(parts: PartialDateParts): readonly [number, number, number] {
  // Without a year, month and day stand in for the position; such dates sort after all others.
  if (parts.precision === 'month-day') return [1, parts.month * 100 + parts.day, 0];
  const span = daySpan(parts);
  return span ? [0, span.first, -span.last] : [1, 0, 0];
}

/**
 * A total order on partial dates for sorting, consistent with {@link comparePartialDates}:
 * whenever that says `before`, this sorts first. A date sorts at its first possible day; of
 * dates starting the same day the coarser comes first (`2025`, `2025-01`, `2025-01-01`); dates
 * without a year (`XXXX-05-20`) come after all others, by month and day.
 *
 * @param a - a partial date
 * @param b - another partial date
 * @returns -1 when `a` sorts first, 1 when `b` does, 0 for the same text
 * @throws {@link InvalidDateError} when either is not a partial date
 * @example
 * ```ts
 * import { comparePartialDatesForSort } from '@reckon/schema';
 * ['XXXX-01-02', '2025-05-20', '2025', '2024-12'].sort(comparePartialDatesForSort);
 * // => ['2024-12', '2025', '2025-05-20', 'XXXX-01-02']
 * ```
 */
export function comparePartialDatesForSort(a: string, b: string): -1 | 0 | 1 {
  const keyA = sortKey(parsePartialDate(a));
  const keyB = sortKey(parsePartialDate(b));
  for (let i = 0; i < keyA.length; i++) {
    const x = keyA[i] as number;
    const y = keyB[i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
