import { type Range, rangeFromJSON } from '@reckon/range';
import { LIKELIHOOD_SCALES, type LikelihoodScale, type LikelihoodTerm } from './likelihood-scales';

/**
 * The probability band a scale gives a term, as a range in `%`. The band is not stored in a
 * dossier: it follows from the scale and the term, and storing it twice would let them differ.
 *
 * @param scale - `ipcc-ar5`, `ipcc-ar4` or `icd-203`
 * @param term - a term of that scale, e.g. `likely`
 * @returns the band, or undefined for a term the scale defines without numbers (AR5 confidence)
 * @throws never (the types allow only terms of the scale)
 * @example
 * ```ts
 * import { likelihoodBand } from '@reckon/schema';
 * likelihoodBand('ipcc-ar5', 'likely')?.low; // => 66
 * likelihoodBand('icd-203', 'likely')?.low; // => 55
 * likelihoodBand('ipcc-ar4', 'likely')?.lowInclusive; // => false
 * likelihoodBand('ipcc-ar5', 'high confidence'); // => undefined
 * ```
 */
export function likelihoodBand<S extends LikelihoodScale>(
  scale: S,
  term: LikelihoodTerm<S>,
): Range | undefined {
  const terms = LIKELIHOOD_SCALES[scale] as Readonly<Record<string, object | undefined>>;
  const band = Object.hasOwn(terms, term) ? terms[term] : undefined;
  return band === undefined ? undefined : rangeFromJSON(band);
}
