import type { Confidence } from '@reckon/schema';
import { data, type Piece } from '../phrase';

/** The published scales, as a citation names them. */
const SCALE_NAMES: Readonly<Record<string, string>> = {
  'ipcc-ar5': 'IPCC AR5',
  'ipcc-ar4': 'IPCC AR4',
  'icd-203': 'ICD 203',
};

/**
 * How sure a source said it was, in words: the source's own wording, and for a term of a
 * published scale the term and the scale (`likely, on the IPCC AR5 scale`).
 *
 * @param confidence - the confidence, or undefined
 * @returns phrase pieces, or undefined when there is no confidence
 * @throws never
 * @example
 * ```ts
 * confidenceWords({ scale: 'unscaled', wording: 'likely' }); // => pieces reading 'likely'
 * ```
 */
export function confidenceWords(confidence: Confidence | undefined): Piece {
  if (confidence === undefined) return undefined;
  if (confidence.scale === 'unscaled') return data(confidence.wording);
  const scale = SCALE_NAMES[confidence.scale] ?? confidence.scale;
  const term: Piece = [data(confidence.term), `, on the ${scale} scale`];
  return confidence.wording === undefined ? term : [data(confidence.wording), ' (', term, ')'];
}
