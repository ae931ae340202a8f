import * as z from 'zod';
import { PartialDateSchema } from '../partial-date/schema';
import { schemaRegistry } from '../registry';
import { IdSchema } from './id';
import { limits } from './limits';
import { text } from './text';

/**
 * One link in the chain of how a figure or claim reached the dossier, first link first:
 * `stated-in` the report that made it, `reported-by` the article that relayed it, `retrieved`
 * from a source on a date. `sourceId` names a source or a report (a report is a source too);
 * `locator` says where in it (`p. 12`, `para. 4`).
 *
 * @example
 * ```ts
 * import { ProvenanceStepSchema } from '@reckon/schema';
 * ProvenanceStepSchema.safeParse({ role: 'reported-by', sourceId: 'news-article' }).success; // => true
 * ```
 */
export const ProvenanceStepSchema = z
  .strictObject({
    role: z.enum(['stated-in', 'reported-by', 'retrieved']),
    sourceId: IdSchema,
    date: PartialDateSchema.optional(),
    locator: text(limits.name).optional(),
  })
  .register(schemaRegistry, {
    id: 'ProvenanceStep',
    description:
      'How a figure reached the dossier: stated in a report, reported by an article, retrieved from a source on a date.',
  });

/** One link in a provenance chain; see {@link ProvenanceStepSchema}. */
export type ProvenanceStep = z.infer<typeof ProvenanceStepSchema>;
