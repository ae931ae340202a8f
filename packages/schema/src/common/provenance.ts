import * as z from 'zod';
import { PartialDateSchema } from '../partial-date/schema';
import { schemaRegistry } from '../registry';
import { IdSchema } from './id';
import { limits } from './limits';
import { text } from './text';

const ProvenanceStepSchemaImpl = z
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

type ProvenanceStepSchemaImplType = typeof ProvenanceStepSchemaImpl;

/** The type of {@link ProvenanceStepSchema}, named so that declaration files and editors refer to it by name. */
export interface ProvenanceStepSchemaType extends ProvenanceStepSchemaImplType {}

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
export const ProvenanceStepSchema: ProvenanceStepSchemaType = ProvenanceStepSchemaImpl;

/** One link in a provenance chain; see {@link ProvenanceStepSchema}. */
export interface ProvenanceStep extends z.output<ProvenanceStepSchemaType> {}

/**
 * How a figure or claim reached the dossier: one or more chains of steps, each first link
 * first. Two outlets that each report a figure from the same report are two chains
 * (`stated-in` the report, `reported-by` one outlet; `stated-in` the report, `reported-by` the
 * other), not one chain running through both.
 *
 * @example
 * ```ts
 * import { ProvenanceSchema } from '@reckon/schema';
 * const twoOutlets = [
 *   [{ role: 'stated-in', sourceId: 'report' }, { role: 'reported-by', sourceId: 'wire-story' }],
 *   [{ role: 'stated-in', sourceId: 'report' }, { role: 'reported-by', sourceId: 'newspaper' }],
 * ];
 * ProvenanceSchema.safeParse(twoOutlets).success; // => true
 * ```
 */
export const ProvenanceSchema = z
  .array(z.array(ProvenanceStepSchema).min(1).max(limits.items))
  .max(limits.items)
  .register(schemaRegistry, {
    id: 'Provenance',
    description:
      'How a figure or claim reached the dossier: one or more chains of provenance steps, each first link first.',
  });

/** One or more provenance chains; see {@link ProvenanceSchema}. */
export type Provenance = z.infer<typeof ProvenanceSchema>;
