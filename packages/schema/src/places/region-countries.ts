import type { CountryCode } from '../common/country-codes';
import type { Geography } from '../common/geography';
import { m49Countries } from './m49';

/**
 * The countries a place covers, as far as the dossier says: a country is itself, a region its
 * listed `countries` or else the members of its M49 area, so a figure for Cambodia can be
 * compared with one for South-eastern Asia. A subdivision covers part of one country only, and
 * a region known only by name covers an unknown set: both give undefined.
 *
 * @param place - one place from an estimate's `geography`
 * @returns the countries, or undefined when the dossier does not say which
 * @throws never
 * @example
 * ```ts
 * import { placeCountries } from '@reckon/schema';
 * placeCountries({ kind: 'region', name: 'South-eastern Asia', m49: '035' })?.includes('KH'); // => true
 * placeCountries({ kind: 'country', code: 'KH' }); // => ['KH']
 * placeCountries({ kind: 'region', name: 'the Mekong region' }); // => undefined
 * ```
 */
export function placeCountries(place: Geography): readonly CountryCode[] | undefined {
  switch (place.kind) {
    case 'country':
      return [place.code];
    case 'subdivision':
      return undefined;
    case 'region':
      if (place.countries !== undefined) return place.countries;
      return place.m49 === undefined ? undefined : m49Countries(place.m49);
  }
}
