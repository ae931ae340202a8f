import type { ParseResult } from '../issues/types';
import { type Report, ReportSchema } from '../report';
import { orThrow } from './or-throw';
import { safeParseWith } from './safe-parse-with';

/**
 * Validates a report on its own (references to other entities are not resolved). Never throws.
 *
 * @param input - a parsed JSON value, or any other value
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @throws never
 * @example
 * ```ts
 * import { safeParseReport } from '@reckon/schema';
 * safeParseReport({ id: 'r' }).success; // => false
 * ```
 */
export function safeParseReport(input: unknown): ParseResult<Report> {
  return safeParseWith(ReportSchema, input);
}

/**
 * Validates a report on its own (references to other entities are not resolved).
 *
 * @param input - a parsed JSON value, or any other value
 * @returns the report, with defaults filled in
 * @throws {@link ValidationError} listing every issue, when it is invalid
 * @example
 * ```ts
 * import { parseReport } from '@reckon/schema';
 * parseReport({ id: 'r', title: 'Policies and Patterns' }).findings; // => []
 * ```
 */
export function parseReport(input: unknown): Report {
  return orThrow('report', safeParseReport(input));
}
