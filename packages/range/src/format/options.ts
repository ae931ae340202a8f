import { InvalidRangeError } from '../errors';
import * as m from './messages';

/** Options for {@link formatRange}. */
export interface FormatOptions {
  /** A BCP 47 locale for numbers and currency signs. Default `'en'`; words stay English. */
  readonly locale?: string;
  /** `long` (default): `$12.5–19 billion a year`; `short`: `$12.5B–$19B/yr`. */
  readonly style?: 'long' | 'short';
  /** Write a pure ratio (unit `1`) as a percent: 0.6 as `60%`. */
  readonly percent?: boolean;
  /** Significant figures to show instead of the range's own `sigFigs`. */
  readonly sigFigs?: number;
}

/** Options with defaults filled in. */
export interface ResolvedFormat {
  readonly locale: string;
  readonly english: boolean;
  readonly style: 'long' | 'short';
  readonly percent: boolean;
  readonly sigFigs: number | undefined;
}

/**
 * Checks options and fills in defaults.
 *
 * @param options - what the caller passed
 * @param sigFigs - the range's own significant figures
 * @returns resolved options
 * @throws {InvalidRangeError} for an unknown style, a bad locale, or `sigFigs` that is
 *   not an integer from 1 to 21
 */
export function resolveFormat(
  options: FormatOptions | undefined,
  sigFigs: number | undefined,
): ResolvedFormat {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new InvalidRangeError(m.optionsNotObject(options), 'options');
  }
  const o = options ?? {};
  const style: unknown = o.style ?? 'long';
  if (style !== 'long' && style !== 'short')
    throw new InvalidRangeError(m.badStyle(style), 'style');
  const localeInput: unknown = o.locale ?? 'en';
  let locale: string;
  try {
    if (typeof localeInput !== 'string') throw new TypeError('not a string');
    locale = Intl.getCanonicalLocales(localeInput)[0] ?? 'en';
  } catch {
    throw new InvalidRangeError(m.badLocale(localeInput), 'locale');
  }
  const override: unknown = o.sigFigs;
  if (
    override !== undefined &&
    !(typeof override === 'number' && Number.isInteger(override) && override >= 1 && override <= 21)
  ) {
    throw new InvalidRangeError(m.badSigFigsOption(override), 'sigFigs');
  }
  const shown = (override as number | undefined) ?? sigFigs;
  return {
    locale,
    english: locale === 'en' || locale.startsWith('en-'),
    style,
    percent: o.percent === true,
    // Intl shows at most 21 significant digits.
    sigFigs: shown === undefined ? undefined : Math.min(shown, 21),
  };
}
