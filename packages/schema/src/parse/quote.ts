import { type Quote, QuoteSchema } from '../common/quote';
import type { ParseResult } from '../issues/types';
import { orThrow } from './or-throw';
import { safeParseWith } from './safe-parse-with';

/**
 * Validates a quote on its own (references to other entities are not resolved). Never throws.
 *
 * @param input - a parsed JSON value, or any other value
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @throws never
 * @example
 * ```ts
 * import { safeParseQuote } from '@reckon/schema';
 * safeParseQuote({ text: '' }).success; // => false
 * ```
 */
export function safeParseQuote(input: unknown): ParseResult<Quote> {
  return safeParseWith(QuoteSchema, input);
}

/**
 * Validates a quote on its own (references to other entities are not resolved).
 *
 * @param input - a parsed JSON value, or any other value
 * @returns the quote, with defaults filled in
 * @throws {@link ValidationError} listing every issue, when it is invalid
 * @example
 * ```ts
 * import { parseQuote } from '@reckon/schema';
 * parseQuote({ text: 'The answer is no' }).form; // => 'direct'
 * ```
 */
export function parseQuote(input: unknown): Quote {
  return orThrow('quote', safeParseQuote(input));
}
