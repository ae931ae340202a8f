import type * as z from 'zod';
import { formatPath } from './format-path';
import type { IssueCode, ValidationIssue } from './types';

/**
 * Turns zod's issues into Reckon's `{ path, code, message }`. Reckon's own rules are raised as
 * zod `custom` issues carrying their code in `params.code`; zod's codes pass through.
 *
 * @param issues - zod's issues from a failed parse
 * @returns the same issues with readable paths and stable codes
 */
export function toIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const own = issue.code === 'custom' ? (issue.params?.code as IssueCode | undefined) : undefined;
    return { path: formatPath(issue.path), code: own ?? issue.code, message: issue.message };
  });
}
