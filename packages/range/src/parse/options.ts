import { UnknownCurrencyError } from '../errors';
import { isIsoCode } from './lexicon/currencies';
import * as m from './messages';

/** Options for {@link parseRange} and {@link extractRanges}. */
export interface ParseOptions {
  /**
   * The ISO 4217 currency a bare `$` or "dollars" means. Default `'USD'`; `'AUD'` for an
   * Australian source, `'CAD'` for a Canadian one.
   */
  readonly dollar?: string;
}

/** Options with their defaults filled in. */
export interface ResolvedOptions {
  readonly dollar: string;
}

const DEFAULTS: ResolvedOptions = { dollar: 'USD' };

/**
 * Checks options and fills in defaults.
 *
 * @param options - what the caller passed
 * @returns the options with defaults
 * @throws {UnknownCurrencyError} when `dollar` is not an ISO 4217 code
 */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  if (options === undefined || options.dollar === undefined) return DEFAULTS;
  const dollar: unknown = options.dollar;
  if (typeof dollar !== 'string' || !isIsoCode(dollar)) {
    throw new UnknownCurrencyError(m.badDollar(dollar), String(dollar));
  }
  return { dollar };
}
