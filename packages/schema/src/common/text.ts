import * as z from 'zod';
import { messages } from '../messages';

/**
 * C0 and C1 control characters other than tab and newline (ESC, BEL, CR, DEL…): a text field
 * holding them could rewrite a terminal (clear it, fake a hyperlink) when printed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// The same rule as a whole-string pattern, so JSON Schema states it too.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const NO_CONTROL = /^[^\u0000-\u0008\u000B-\u001F\u007F-\u009F]*$/;

/**
 * A non-empty string of at most `max` characters that is not only whitespace and holds no
 * control character other than tab and newline.
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
    .regex(/\S/, { error: messages.blank })
    .regex(NO_CONTROL, {
      error: (issue) => messages.controlCharacter(String(issue.input), CONTROL),
    });
}
