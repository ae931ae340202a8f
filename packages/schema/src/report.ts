import * as z from 'zod';
import { ClaimSchema } from './claim';
import { IdSchema } from './common/id';
import { LanguageTagSchema } from './common/language';
import { limits } from './common/limits';
import { text } from './common/text';
import { UrlSchema } from './common/url';
import { EstimateSchema } from './estimate';
import { PartialDateSchema } from './partial-date/schema';
import { schemaRegistry } from './registry';

/**
 * A report (an investigation, a policy paper, a UN brief) with what it finds: its `findings`
 * (claims) and `estimates` live inside it, so a path such as `reports[0].estimates[2]` says
 * where a figure was stated. A report is also a source: provenance and quotes may cite its id.
 * Only `id` and `title` are required; what a source does not say (the publisher, the date) is
 * left out rather than guessed.
 *
 * @example
 * ```ts
 * import { parseReport } from '@reckon/schema';
 * const report = parseReport({ id: 'policies-and-patterns', title: 'Policies and Patterns' });
 * report.estimates; // => []
 * ```
 */
export const ReportSchema = z
  .strictObject({
    id: IdSchema,
    title: text(limits.title),
    authorIds: z.array(IdSchema).max(limits.items).optional(),
    publisherId: IdSchema.optional(),
    published: PartialDateSchema.optional(),
    url: UrlSchema.optional(),
    archiveUrl: UrlSchema.optional(),
    language: LanguageTagSchema.optional(),
    summary: text(limits.text).optional(),
    findings: z.array(ClaimSchema).max(limits.items).default([]),
    estimates: z.array(EstimateSchema).max(limits.items).default([]),
  })
  .register(schemaRegistry, {
    id: 'Report',
    title: 'Report',
    description:
      'A report with its bibliographic details, summary, findings (claims) and estimates.',
  });

/** A report with its findings and estimates; see {@link ReportSchema}. */
export type Report = z.infer<typeof ReportSchema>;
