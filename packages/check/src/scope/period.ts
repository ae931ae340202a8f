import { comparePartialDates, type Period } from '@reckon/schema';

/**
 * How the periods of two estimates relate: the `same` period (or neither states one),
 * `overlapping` periods that differ (2024 and 2024–2025), `disjoint` ones (2020 and 2024), or
 * `unknown` (only one states a period, or a date lacks its year).
 */
export type PeriodRelation = 'same' | 'overlapping' | 'disjoint' | 'unknown';

/** `a` ends before `b` starts, for certain. An open end never ends. */
function endsBefore(a: Period, b: Period): boolean | undefined {
  if (a.end === undefined || b.start === undefined) return false;
  const relation = comparePartialDates(a.end, b.start);
  if (relation === 'unknown') return undefined;
  return relation === 'before';
}

/**
 * How period `a` relates to period `b`. Dates are read at their precision: `2024` and
 * `2024-06` overlap, and neither comes first.
 *
 * @param a - one estimate's period, or undefined when not stated
 * @param b - another's
 * @returns the relation
 */
export function periodRelation(a: Period | undefined, b: Period | undefined): PeriodRelation {
  if (a === undefined && b === undefined) return 'same';
  if (a === undefined || b === undefined) return 'unknown';
  if (a.start === b.start && a.end === b.end) return 'same';
  const first = endsBefore(a, b);
  const second = endsBefore(b, a);
  if (first === undefined || second === undefined) return 'unknown';
  return first || second ? 'disjoint' : 'overlapping';
}

/**
 * A period in words, for messages: `2024`, `2023 to 2024`, `from 2023`, `until 2024`, or
 * `period not stated`.
 *
 * @param period - the period, or undefined
 * @returns English words
 */
export function periodWords(period: Period | undefined): string {
  if (period === undefined) return 'period not stated';
  const { start, end } = period;
  if (start !== undefined && end !== undefined) return start === end ? start : `${start} to ${end}`;
  return start !== undefined ? `from ${start}` : `until ${end}`;
}
