import { parsePartialDate } from './parse';
import { daySpan } from './span';
import type { PartialDateRelation } from './types';

/**
 * How two partial dates relate, respecting precision: each date stands for the span of days it
 * may denote, and one is `before` the other only when all of its days are. `2025` and
 * `2025-05-20` are `overlapping` (neither is first); a date without a year (`XXXX-05-20`) is
 * `unknown` against any other date, since the years may differ.
 *
 * @param a - a partial date
 * @param b - another partial date
 * @returns `before`, `after`, `same`, `overlapping` or `unknown`
 * @throws {@link InvalidDateError} when either is not a partial date
 * @example
 * ```ts
 * import { comparePartialDates } from '@reckon/schema';
 * comparePartialDates('2025-04', '2025-05-20'); // => 'before'
 * comparePartialDates('2025', '2025-05-20'); // => 'overlapping'
 * comparePartialDates('XXXX-05-20', '2025-06-01'); // => 'unknown'
 * ```
 */
export function comparePartialDates(a: string, b: string): PartialDateRelation {
  const spanA = daySpan(parsePartialDate(a));
  const spanB = daySpan(parsePartialDate(b));
  if (spanA === undefined || spanB === undefined) return a === b ? 'same' : 'unknown';
  if (spanA.last < spanB.first) return 'before';
  if (spanB.last < spanA.first) return 'after';
  if (spanA.first === spanB.first && spanA.last === spanB.last) return 'same';
  return 'overlapping';
}
