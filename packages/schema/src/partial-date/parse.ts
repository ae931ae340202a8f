import { InvalidDateError } from '../errors';
import { readPartialDate } from './read';
import type { PartialDateParts } from './types';

/**
 * Reads a partial date as sources give them: `2025`, `2025-05`, `2025-05-20`, or `XXXX-05-20`
 * for a day whose year is not given.
 *
 * @param text - the date text
 * @returns its parts and precision
 * @throws {@link InvalidDateError} when the text is not one of those forms or names a day that
 *   does not exist (`2025-02-29`, `2025-04-31`)
 * @example
 * ```ts
 * import { parsePartialDate } from '@reckon/schema';
 * parsePartialDate('XXXX-05-20'); // => { precision: 'month-day', month: 5, day: 20 }
 * parsePartialDate('2025-05'); // => { precision: 'month', year: 2025, month: 5 }
 * parsePartialDate('2025-02-29'); // throws InvalidDateError
 * ```
 */
export function parsePartialDate(text: string): PartialDateParts {
  const parts = readPartialDate(text);
  if (typeof parts === 'string') throw new InvalidDateError(parts, text);
  return parts;
}
