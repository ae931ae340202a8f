import { type Range, rangeToJSON } from '@reckon/range';
import type { Operand } from '../derived-figure';

/**
 * An estimate as an operand.
 *
 * @param ref - the estimate's id
 * @param take - which part of its range was used
 * @param rate - the rate it was converted at, if any
 * @returns the operand
 */
export function estimateOperand(ref: string, take: Operand['take'] = 'all', rate?: Range): Operand {
  return rate === undefined
    ? { ref, source: 'estimate', take }
    : { ref, source: 'estimate', take, rate: rangeToJSON(rate) };
}

/**
 * An earlier derived figure as an operand, used whole.
 *
 * @param ref - the figure's id
 * @returns the operand
 */
export const figureOperand = (ref: string): Operand => ({ ref, source: 'figure', take: 'all' });
