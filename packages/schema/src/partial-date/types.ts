/**
 * How much of a date a source gives: a year (`2025`), a month (`2025-05`), a day
 * (`2025-05-20`), or a day of a year it does not give (`XXXX-05-20`).
 */
export type PartialDatePrecision = 'year' | 'month' | 'day' | 'month-day';

/** A partial date split into its parts; the parts a source did not give are absent. */
export type PartialDateParts =
  | { readonly precision: 'year'; readonly year: number }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | {
      readonly precision: 'day';
      readonly year: number;
      readonly month: number;
      readonly day: number;
    }
  | { readonly precision: 'month-day'; readonly month: number; readonly day: number };

/**
 * How two partial dates relate, reading each as the span of days it may denote:
 * - `before` / `after`: every day of one comes before every day of the other;
 * - `same`: the same partial date (`2025-05` and `2025-05`);
 * - `overlapping`: the spans share days but differ (`2025` and `2025-05-20`): neither is first;
 * - `unknown`: a year is missing on at least one side, so they cannot be ordered
 *   (`XXXX-05-20` and `2025-06-01`, or `XXXX-05-20` and `XXXX-06-01`).
 */
export type PartialDateRelation = 'before' | 'after' | 'same' | 'overlapping' | 'unknown';
