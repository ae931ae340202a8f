import type { Geography, Period } from '@reckon/schema';
import type { ResolvedOptions } from '../options';
import { normaliseText } from '../safe-text';
import { formatDate } from './date';

/** Names a country by its ISO 3166-1 code. */
export type CountryNamer = (code: string) => string;

/**
 * A function that gives a country's short name in the locale (`KH` is `Cambodia`, `MM` is
 * `Myanmar` in English), or the code itself when the runtime has no name for it. One
 * `Intl.DisplayNames` serves every call, and each name is looked up once: make one per build.
 *
 * @param locale - a canonical BCP 47 locale
 * @returns the namer
 * @throws never
 * @example
 * ```ts
 * countryNamer('en')('KH'); // => 'Cambodia'
 * ```
 */
export function countryNamer(locale: string): CountryNamer {
  const names = new Intl.DisplayNames(locale, { type: 'region', style: 'short', fallback: 'code' });
  const known = new Map<string, string>();
  return (code) => {
    let name = known.get(code);
    if (name === undefined) {
      try {
        name = names.of(code) ?? code;
      } catch {
        // A code Intl refuses (not two letters) is shown as given.
        name = code;
      }
      known.set(code, name);
    }
    return name;
  };
}

/**
 * Where an estimate applies, in words: country names from their ISO codes, subdivisions by
 * their ISO 3166-2 code, named regions by name (normalised, as all data text).
 *
 * @param geography - the places, or undefined
 * @param countryName - names a country by its code, in the brief's locale
 * @returns the places joined by commas, or undefined when none are given
 * @throws never
 * @example
 * ```ts
 * scopeText([{ kind: 'country', code: 'KH' }, { kind: 'country', code: 'LA' }], countryNamer('en'));
 * // => 'Cambodia, Laos'
 * ```
 */
export function scopeText(
  geography: readonly Geography[] | undefined,
  countryName: CountryNamer,
): string | undefined {
  if (geography === undefined || geography.length === 0) return undefined;
  return geography
    .map((place) => {
      switch (place.kind) {
        case 'country':
          return countryName(place.code);
        case 'subdivision':
          return normaliseText(place.code);
        default:
          return normaliseText(place.name);
      }
    })
    .join(', ');
}

/**
 * The time an estimate covers, in words: `2024–2025`, `from 2024`, `until May 2025`.
 *
 * @param period - the period, or undefined
 * @param options - the resolved options (date format and locale)
 * @param where - where the period is in the data, for error messages
 * @returns the words, or undefined when no period is given
 * @throws {@link BriefDataError} when a date is not a partial date
 * @example
 * ```ts
 * periodText({ start: '2024', end: '2025' }, { dateFormat: 'long', locale: 'en' }, 'period');
 * // => '2024–2025'
 * ```
 */
export function periodText(
  period: Period | undefined,
  options: Pick<ResolvedOptions, 'dateFormat' | 'locale'>,
  where: string,
): string | undefined {
  if (period === undefined) return undefined;
  const start =
    period.start === undefined ? undefined : formatDate(period.start, options, `${where}.start`);
  const end =
    period.end === undefined ? undefined : formatDate(period.end, options, `${where}.end`);
  if (start !== undefined && end !== undefined) {
    // An en dash between plain years or ISO dates; words between dates that contain spaces.
    return /\s/.test(start) || /\s/.test(end) ? `${start} to ${end}` : `${start}–${end}`;
  }
  if (start !== undefined) return `from ${start}`;
  if (end !== undefined) return `until ${end}`;
  return undefined;
}
