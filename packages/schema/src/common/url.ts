import * as z from 'zod';
import { messages } from '../messages';
import { schemaRegistry } from '../registry';
import { limits } from './limits';

/**
 * Only http and https: a URL in a dossier ends up as a link in a brief, and `javascript:` or
 * `data:` links must never get that far. The pattern is the rule JSON Schema shares; parsing
 * with `URL` is the stricter check only zod makes.
 */
const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/;

function parses(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * An absolute http(s) URL.
 *
 * @example
 * ```ts
 * import { UrlSchema } from '@reckon/schema';
 * UrlSchema.safeParse('https://example.org/report.pdf').success; // => true
 * UrlSchema.safeParse('javascript:alert(1)').success; // => false
 * ```
 */
export const UrlSchema = z
  .string()
  .max(limits.url, { abort: true, error: (issue) => messages.tooLong(issue.input, limits.url) })
  .regex(HTTP_URL, { abort: true, error: (issue) => messages.badUrl(issue.input) })
  .refine(parses, {
    error: (issue) => messages.urlUnparsable(issue.input),
    params: { code: 'invalid_url' },
  })
  .register(schemaRegistry, {
    id: 'Url',
    description: 'An absolute http or https URL.',
  });
