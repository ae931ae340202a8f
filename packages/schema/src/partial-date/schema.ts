import * as z from 'zod';
import { schemaRegistry } from '../registry';
import { PARTIAL_DATE_PATTERN } from './pattern';
import { readPartialDate } from './read';

/**
 * A date as a source gives it: `2025`, `2025-05`, `2025-05-20`, or `XXXX-05-20` when the source
 * gives a day but not the year ("on May 20"). The day must exist (`2025-02-29` does not).
 *
 * @example
 * ```ts
 * import { PartialDateSchema } from '@reckon/schema';
 * PartialDateSchema.safeParse('XXXX-05-20').success; // => true
 * PartialDateSchema.safeParse('2025-04-31').success; // => false
 * ```
 */
export const PartialDateSchema = z
  .string()
  .superRefine((value, ctx) => {
    const parts = readPartialDate(value);
    if (typeof parts === 'string') {
      ctx.addIssue({ code: 'custom', message: parts, params: { code: 'invalid_date' } });
    }
  })
  .register(schemaRegistry, {
    id: 'PartialDate',
    description:
      'A date at the precision the source gives: YYYY, YYYY-MM, YYYY-MM-DD, or XXXX-MM-DD for a day of unknown year.',
    pattern: PARTIAL_DATE_PATTERN.source,
    examples: ['2025', '2025-05', '2025-05-20', 'XXXX-05-20'],
  });

/** A partial date: `2025`, `2025-05`, `2025-05-20` or `XXXX-05-20`. */
export type PartialDate = z.infer<typeof PartialDateSchema>;
