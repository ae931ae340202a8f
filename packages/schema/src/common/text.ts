import * as z from 'zod';
import { messages } from '../messages';

/**
 * A non-empty string of at most `max` characters that is not only whitespace.
 *
 * The length check aborts further checks so a huge string is never scanned by a pattern.
 *
 * @param max - the largest length allowed, in UTF-16 code units
 * @returns a zod string schema
 */
export function text(max: number) {
  return z
    .string()
    .max(max, { abort: true, error: (issue) => messages.tooLong(issue.input, max) })
    .regex(/\S/, { error: messages.blank });
}
