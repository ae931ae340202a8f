import type { Geography } from '@reckon/schema';
import { listWords } from '../words/list-words';

/** Made on first use: building Intl data is slow, and most dossiers name few countries. */
let names: Intl.DisplayNames | undefined;

/** A country's English short name (`KH` → Cambodia, `MM` → Myanmar); the code if unknown. */
function countryName(code: string): string {
  names ??= new Intl.DisplayNames('en', { type: 'region', style: 'short' });
  return names.of(code) ?? code;
}

function placeWords(place: Geography): string {
  if (place.kind === 'country') return countryName(place.code);
  if (place.kind === 'subdivision') return `${place.code} (${countryName(place.code.slice(0, 2))})`;
  // The member list is for computing; in words the region's name says enough.
  return place.name;
}

/**
 * A scope in words, for messages: `Cambodia`, `Cambodia, Myanmar and Laos`,
 * `Southeast Asia`, or `place not stated`.
 *
 * @param scope - the places, or undefined
 * @returns English words
 */
export function scopeWords(scope: readonly Geography[] | undefined): string {
  if (scope === undefined) return 'place not stated';
  return listWords(scope.map(placeWords));
}
