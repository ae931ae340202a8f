import * as z from 'zod';
import { messages } from '../messages';
import { schemaRegistry } from '../registry';
import { limits } from './limits';

/**
 * An entity's id, and every reference to one: lowercase letters, digits and `-_.:`, starting
 * with a letter or digit (`jacob-sims`, `report:2025.1`). Unique across a dossier.
 *
 * @example
 * ```ts
 * import { IdSchema } from '@reckon/schema';
 * IdSchema.safeParse('jacob-sims').success; // => true
 * IdSchema.safeParse('Jacob Sims').success; // => false
 * ```
 */
export const IdSchema = z
  .string()
  .max(limits.id, { abort: true, error: (issue) => messages.tooLong(issue.input, limits.id) })
  .regex(/^[a-z0-9][a-z0-9._:-]*$/, { error: (issue) => messages.badId(issue.input) })
  .register(schemaRegistry, {
    id: 'Id',
    description: 'An id: lowercase letters, digits and - _ . :, starting with a letter or digit.',
    examples: ['jacob-sims', 'cambodia-scam-revenue'],
  });

/**
 * A stable key for what an estimate measures, so estimates of one quantity can be compared
 * across reports: lowercase words joined by `-` (`scam-revenue`, `scam-labour-force`, `gdp`).
 *
 * @example
 * ```ts
 * import { MetricKeySchema } from '@reckon/schema';
 * MetricKeySchema.safeParse('scam-revenue').success; // => true
 * ```
 */
export const MetricKeySchema = z
  .string()
  .max(limits.id, { abort: true, error: (issue) => messages.tooLong(issue.input, limits.id) })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => messages.badMetricKey(issue.input) })
  .register(schemaRegistry, {
    id: 'MetricKey',
    description: 'A stable key for a measured quantity: lowercase words joined by "-".',
    examples: ['scam-revenue', 'gdp'],
  });
