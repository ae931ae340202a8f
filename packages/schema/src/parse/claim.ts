import { type Claim, ClaimSchema } from '../claim';
import type { ParseResult } from '../issues/types';
import { orThrow } from './or-throw';
import { safeParseWith } from './safe-parse-with';

/**
 * Validates a claim on its own (references to other entities are not resolved). Never throws.
 *
 * @param input - a parsed JSON value, or any other value
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @throws never
 * @example
 * ```ts
 * import { safeParseClaim } from '@reckon/schema';
 * safeParseClaim({ id: 'c', kind: 'rumour', text: 'x' }).success; // => false
 * ```
 */
export function safeParseClaim(input: unknown): ParseResult<Claim> {
  return safeParseWith(ClaimSchema, input);
}

/**
 * Validates a claim on its own (references to other entities are not resolved).
 *
 * @param input - a parsed JSON value, or any other value
 * @returns the claim, with defaults filled in
 * @throws {@link ValidationError} listing every issue, when it is invalid
 * @example
 * ```ts
 * import { parseClaim } from '@reckon/schema';
 * parseClaim({ id: 'c', kind: 'prediction', text: 'Reforms remain unlikely.' }).kind; // => 'prediction'
 * ```
 */
export function parseClaim(input: unknown): Claim {
  return orThrow('claim', safeParseClaim(input));
}
