import * as z from 'zod';
import { ActorSchema } from './actor';
import { ClaimSchema } from './claim';
import { IdSchema } from './common/id';
import { limits } from './common/limits';
import { text } from './common/text';
import { EstimateSchema } from './estimate';
import { messages } from './messages';
import { MetricSchema } from './metric';
import { OfficialResponseSchema } from './official-response';
import { ReportSchema } from './report';
import { SourceSchema } from './source';
import { SCHEMA_VERSION } from './version';

/**
 * The dossier's shape without its cross-reference rules, so the code that checks references can
 * name the type it checks without a cycle through `DossierSchema`.
 */
export const DossierObjectSchema = z.strictObject({
  /** The JSON Schema an editor validates the file against; ignored by Reckon. */
  $schema: z.string().max(limits.url).optional(),
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: (issue) => {
      if (issue.input === undefined) return messages.missingVersion(SCHEMA_VERSION);
      if (typeof issue.input !== 'string')
        return messages.versionNotString(issue.input, SCHEMA_VERSION);
      return messages.unsupportedVersion(issue.input, SCHEMA_VERSION);
    },
  }),
  id: IdSchema.optional(),
  title: text(limits.title).optional(),
  description: text(limits.text).optional(),
  actors: z.array(ActorSchema).max(limits.items).default([]),
  sources: z.array(SourceSchema).max(limits.items).default([]),
  reports: z.array(ReportSchema).max(limits.items).default([]),
  /** Estimates stated outside any report (a ministry's counter-figure, a GDP series). */
  estimates: z.array(EstimateSchema).max(limits.items).default([]),
  /** Claims made outside any report. */
  claims: z.array(ClaimSchema).max(limits.items).default([]),
  responses: z.array(OfficialResponseSchema).max(limits.items).default([]),
  /** The quantities estimates measure, and which is part of which. */
  metrics: z.array(MetricSchema).max(limits.items).default([]),
});

/** A dossier's shape after parsing; the same type as `Dossier`. */
export type DossierShape = z.output<typeof DossierObjectSchema>;
