import { UsageError } from '../errors';
import { messages } from '../messages';

/** The range styles `formatRange` offers. */
export const STYLES = ['long', 'short'] as const;

/** A range style: `long` (`$12.5–19 billion a year`) or `short` (`$12.5B–$19B/yr`). */
export type RangeStyle = (typeof STYLES)[number];

/**
 * Checks `--locale`: a BCP 47 tag that `Intl` accepts, returned in canonical case.
 *
 * @param value - the option's value, if given
 * @returns the canonical tag (`en-GB` for `en-gb`), or `undefined` when not given
 * @throws {UsageError} when the value is not a BCP 47 tag
 * @example
 * ```ts
 * checkLocale('en-gb'); // => 'en-GB'
 * checkLocale('en_GB'); // throws UsageError
 * ```
 */
export function checkLocale(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    if (tag !== undefined) return tag;
  } catch {
    // RangeError for a malformed tag: reported below.
  }
  throw new UsageError(messages.badLocale(value));
}

/**
 * Checks `--style`: `long` or `short`.
 *
 * @param command - the command's name, for the message
 * @param value - the option's value, if given
 * @returns the style, or `undefined` when not given
 * @throws {UsageError} for any other value
 * @example
 * ```ts
 * checkStyle('render', 'short'); // => 'short'
 * checkStyle('render', 'tiny'); // throws UsageError
 * ```
 */
export function checkStyle(command: string, value: string | undefined): RangeStyle | undefined {
  if (value === undefined) return undefined;
  if (value === 'long' || value === 'short') return value;
  throw new UsageError(messages.badChoice(command, '--style', value, STYLES));
}
