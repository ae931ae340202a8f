import { type Estimate, EstimateSchema } from '../estimate';
import type { ParseResult } from '../issues/types';
import { orThrow } from './or-throw';
import { safeParseWith } from './safe-parse-with';

/**
 * Validates an estimate on its own (references to other entities are not resolved). Never throws.
 *
 * @param input - a parsed JSON value, or any other value
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @throws never
 * @example
 * ```ts
 * import { safeParseEstimate } from '@reckon/schema';
 * safeParseEstimate({ id: 'e', metric: 'revenue', range: { low: 20e9, high: 19e9, unit: 'USD/year' } }).success;
 * // => false
 * ```
 */
export function safeParseEstimate(input: unknown): ParseResult<Estimate> {
  return safeParseWith(EstimateSchema, input);
}

/**
 * Validates an estimate on its own (references to other entities are not resolved).
 *
 * @param input - a parsed JSON value, or any other value
 * @returns the estimate, with defaults filled in
 * @throws {@link ValidationError} listing every issue, when it is invalid
 * @example
 * ```ts
 * import { parseEstimate } from '@reckon/schema';
 * parseEstimate({ id: 'e', metric: 'revenue', range: { low: 12.5e9, high: 19e9, unit: 'USD/year' } }).range.unit;
 * // => 'USD/year'
 * ```
 */
export function parseEstimate(input: unknown): Estimate {
  return orThrow('estimate', safeParseEstimate(input));
}
