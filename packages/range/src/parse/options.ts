import { RangeParseError, UnknownCurrencyError } from '../errors';
import { isIsoCode } from './lexicon/currencies';
import * as m from './messages';

/** Options for {@link parseRange} and {@link extractRanges}. */
export interface ParseOptions {
  /**
   * The ISO 4217 currency a bare `$` or "dollars" means. Default `'USD'`; `'AUD'` for an
   * Australian source, `'CAD'` for a Canadian one.
   */
  readonly dollar?: string;
  /**
   * The ISO 4217 currency of the source's country, when the caller knows it: a one-letter
   * prefix that names it (`P` for `PHP`, `B` for `THB`, `K` for `MMK`, `R` for `ZAR`) is then
   * read as money before any number ("P500"), and `Rs` is read as it (`PKR`, `LKR`, `NPR`)
   * rather than `INR`. Without it such a letter counts only before a scale word or grouped
   * digits ("P2.5 billion", "K50,000").
   */
  readonly currencyHint?: string;
}

/** Options with their defaults filled in. */
export interface ResolvedOptions {
  readonly dollar: string;
  readonly currencyHint: string | undefined;
}

const DEFAULTS: ResolvedOptions = { dollar: 'USD', currencyHint: undefined };

/**
 * Checks options and fills in defaults.
 *
 * @param options - what the caller passed
 * @returns the options with defaults
 * @throws {RangeParseError} when `options` is given but is not an object
 * @throws {UnknownCurrencyError} when `dollar` or `currencyHint` is not an ISO 4217 code
 */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  if (options === undefined) return DEFAULTS;
  if (options === null || typeof options !== 'object') {
    throw new RangeParseError(m.badOptions(options));
  }
  const dollar = checkCode('dollar', options.dollar) ?? DEFAULTS.dollar;
  const currencyHint = checkCode('currencyHint', options.currencyHint);
  if (dollar === DEFAULTS.dollar && currencyHint === undefined) return DEFAULTS;
  return { dollar, currencyHint };
}

function checkCode(name: 'dollar' | 'currencyHint', value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isIsoCode(value)) {
    throw new UnknownCurrencyError(m.badCurrencyOption(name, value), String(value));
  }
  return value;
}
