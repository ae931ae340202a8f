import * as z from 'zod';
import { MetricKeySchema } from './common/id';
import { limits } from './common/limits';
import { text } from './common/text';
import { schemaRegistry } from './registry';

const MetricSchemaImpl = z
  .strictObject({
    key: MetricKeySchema,
    label: text(limits.phrase).optional(),
    partOf: MetricKeySchema.optional(),
  })
  .register(schemaRegistry, {
    id: 'Metric',
    description:
      'A measured quantity: its key, a label, and the key of a metric it is a subset of (partOf).',
  });

type MetricSchemaImplType = typeof MetricSchemaImpl;

/** The type of {@link MetricSchema}, named so that declaration files and editors refer to it by name. */
export interface MetricSchemaType extends MetricSchemaImplType {}

/**
 * A quantity the dossier's estimates measure, declared once so tools can relate them: its
 * `key` (the `metricKey` estimates carry), a `label` in words, and `partOf`, the key of a
 * metric it is a subset of ("bonded-labour" is part of "modern-slavery"), so a part can be
 * compared with its whole. Keys are unique, `partOf` names a declared metric, and no metric is,
 * through `partOf`, part of itself.
 *
 * @example
 * ```ts
 * import { MetricSchema } from '@reckon/schema';
 * MetricSchema.parse({ key: 'bonded-labour', partOf: 'modern-slavery' }).partOf; // => 'modern-slavery'
 * ```
 */
export const MetricSchema: MetricSchemaType = MetricSchemaImpl;

/** A measured quantity and what it is part of; see {@link MetricSchema}. */
export interface Metric extends z.output<MetricSchemaType> {}
