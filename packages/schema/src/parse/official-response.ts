import type { ParseResult } from '../issues/types';
import { type OfficialResponse, OfficialResponseSchema } from '../official-response';
import { orThrow } from './or-throw';
import { safeParseWith } from './safe-parse-with';

/**
 * Validates an official response on its own (references to other entities are not resolved). Never throws.
 *
 * @param input - a parsed JSON value, or any other value
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @throws never
 * @example
 * ```ts
 * import { safeParseOfficialResponse } from '@reckon/schema';
 * safeParseOfficialResponse({ id: 'r', respondentId: 'a', stance: 'no-comment', targets: {} }).success;
 * // => false
 * ```
 */
export function safeParseOfficialResponse(input: unknown): ParseResult<OfficialResponse> {
  return safeParseWith(OfficialResponseSchema, input);
}

/**
 * Validates an official response on its own (references to other entities are not resolved).
 *
 * @param input - a parsed JSON value, or any other value
 * @returns the official response, with defaults filled in
 * @throws {@link ValidationError} listing every issue, when it is invalid
 * @example
 * ```ts
 * import { parseOfficialResponse } from '@reckon/schema';
 * parseOfficialResponse({ id: 'r', respondentId: 'a', stance: 'no-comment', targets: { reportIds: ['x'] } }).stance;
 * // => 'no-comment'
 * ```
 */
export function parseOfficialResponse(input: unknown): OfficialResponse {
  return orThrow('official-response', safeParseOfficialResponse(input));
}
