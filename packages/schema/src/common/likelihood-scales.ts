import type { RangeJSON } from '@reckon/range';

/**
 * The published vocabularies that tie likelihood and confidence words to probabilities, each
 * term with its band as a range in `%` (absent for a term the scale defines without numbers).
 * The editions differ, which is why a statement keeps the scale it comes from:
 *
 * - `ipcc-ar5`: IPCC Fifth Assessment Report guidance note (Mastrandrea et al., 2010). Likelihood
 *   bands are closed ("likely: 66–100%"); confidence is qualitative, with no band.
 * - `ipcc-ar4`: IPCC Fourth Assessment Report (2007). Likelihood bands are open at the threshold
 *   ("likely: > 66%"), and confidence had numbers ("high confidence: about 8 out of 10").
 * - `icd-203`: US Intelligence Community Directive 203, Analytic Standards (2015): seven bands,
 *   each with two interchangeable words.
 *
 * @example
 * ```ts
 * import { LIKELIHOOD_SCALES } from '@reckon/schema';
 * LIKELIHOOD_SCALES['icd-203'].likely; // => { low: 55, high: 80, unit: '%' }
 * ```
 */
export const LIKELIHOOD_SCALES = {
  'ipcc-ar5': {
    'virtually certain': { low: 99, high: 100, unit: '%' },
    'extremely likely': { low: 95, high: 100, unit: '%' },
    'very likely': { low: 90, high: 100, unit: '%' },
    likely: { low: 66, high: 100, unit: '%' },
    'more likely than not': { low: 50, high: 100, lowInclusive: false, unit: '%' },
    'about as likely as not': { low: 33, high: 66, unit: '%' },
    unlikely: { low: 0, high: 33, unit: '%' },
    'very unlikely': { low: 0, high: 10, unit: '%' },
    'extremely unlikely': { low: 0, high: 5, unit: '%' },
    'exceptionally unlikely': { low: 0, high: 1, unit: '%' },
    'very high confidence': undefined,
    'high confidence': undefined,
    'medium confidence': undefined,
    'low confidence': undefined,
    'very low confidence': undefined,
  },
  'ipcc-ar4': {
    'virtually certain': { low: 99, high: 100, lowInclusive: false, unit: '%' },
    'extremely likely': { low: 95, high: 100, lowInclusive: false, unit: '%' },
    'very likely': { low: 90, high: 100, lowInclusive: false, unit: '%' },
    likely: { low: 66, high: 100, lowInclusive: false, unit: '%' },
    'more likely than not': { low: 50, high: 100, lowInclusive: false, unit: '%' },
    'about as likely as not': { low: 33, high: 66, unit: '%' },
    unlikely: { low: 0, high: 33, highInclusive: false, unit: '%' },
    'very unlikely': { low: 0, high: 10, highInclusive: false, unit: '%' },
    'extremely unlikely': { low: 0, high: 5, highInclusive: false, unit: '%' },
    'exceptionally unlikely': { low: 0, high: 1, highInclusive: false, unit: '%' },
    'very high confidence': { low: 90, high: 100, unit: '%' },
    'high confidence': { low: 80, high: 80, qualifier: 'approx', unit: '%' },
    'medium confidence': { low: 50, high: 50, qualifier: 'approx', unit: '%' },
    'low confidence': { low: 20, high: 20, qualifier: 'approx', unit: '%' },
    'very low confidence': { low: 0, high: 10, highInclusive: false, unit: '%' },
  },
  'icd-203': {
    'almost no chance': { low: 1, high: 5, unit: '%' },
    remote: { low: 1, high: 5, unit: '%' },
    'very unlikely': { low: 5, high: 20, unit: '%' },
    'highly improbable': { low: 5, high: 20, unit: '%' },
    unlikely: { low: 20, high: 45, unit: '%' },
    improbable: { low: 20, high: 45, unit: '%' },
    'roughly even chance': { low: 45, high: 55, unit: '%' },
    'roughly even odds': { low: 45, high: 55, unit: '%' },
    likely: { low: 55, high: 80, unit: '%' },
    probable: { low: 55, high: 80, unit: '%' },
    'very likely': { low: 80, high: 95, unit: '%' },
    'highly probable': { low: 80, high: 95, unit: '%' },
    'almost certain': { low: 95, high: 99, unit: '%' },
    'nearly certain': { low: 95, high: 99, unit: '%' },
  },
} as const satisfies Record<string, Record<string, RangeJSON | undefined>>;

/** A published likelihood/confidence vocabulary: `ipcc-ar5`, `ipcc-ar4` or `icd-203`. */
export type LikelihoodScale = keyof typeof LIKELIHOOD_SCALES;

/** The terms of one scale, e.g. `'likely'` or `'high confidence'` for `ipcc-ar5`. */
export type LikelihoodTerm<S extends LikelihoodScale> = keyof (typeof LIKELIHOOD_SCALES)[S] &
  string;
