import type * as z from 'zod';
import { errorMap } from '../issues/error-map';
import { toIssues } from '../issues/to-issues';
import type { ParseResult } from '../issues/types';
import { messages } from '../messages';

/**
 * Validates `input` against one of Reckon's schemas with Reckon's messages, returning a result
 * and never throwing: even a hostile object (a getter that throws, a revoked Proxy) becomes an
 * issue rather than an exception.
 *
 * @param schema - the zod schema to validate against
 * @param input - anything
 * @returns the parsed data, or the issues found
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): ParseResult<z.output<S>> {
  try {
    const result = schema.safeParse(input, { error: errorMap });
    if (result.success) return { success: true, data: result.data };
    return { success: false, issues: toIssues(result.error.issues) };
  } catch (error) {
    return {
      success: false,
      issues: [{ path: '', code: 'custom', message: messages.unreadable(error) }],
    };
  }
}
