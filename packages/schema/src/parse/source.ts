import type { ParseResult } from '../issues/types';
import { type Source, SourceSchema } from '../source';
import { orThrow } from './or-throw';
import { safeParseWith } from './safe-parse-with';

/**
 * Validates a source on its own (references to other entities are not resolved). Never throws.
 *
 * @param input - a parsed JSON value, or any other value
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @throws never
 * @example
 * ```ts
 * import { safeParseSource } from '@reckon/schema';
 * safeParseSource({ id: 'article', kind: 'news-article', url: 'ftp://x' }).success; // => false
 * ```
 */
export function safeParseSource(input: unknown): ParseResult<Source> {
  return safeParseWith(SourceSchema, input);
}

/**
 * Validates a source on its own (references to other entities are not resolved).
 *
 * @param input - a parsed JSON value, or any other value
 * @returns the source, with defaults filled in
 * @throws {@link ValidationError} listing every issue, when it is invalid
 * @example
 * ```ts
 * import { parseSource } from '@reckon/schema';
 * parseSource({ id: 'article', kind: 'news-article' }).kind; // => 'news-article'
 * ```
 */
export function parseSource(input: unknown): Source {
  return orThrow('source', safeParseSource(input));
}
