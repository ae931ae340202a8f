import * as z from 'zod';
import { ClaimSchema } from './claim';
import { IdSchema } from './common/id';
import { LanguageTagSchema } from './common/language';
import { limits } from './common/limits';
import { text } from './common/text';
import { UrlSchema } from './common/url';
import { EstimateSchema } from './estimate';
import { messages } from './messages';
import { PartialDateSchema } from './partial-date/schema';
import { schemaRegistry } from './registry';

const ReportSchemaImpl = z
  .strictObject({
    id: IdSchema,
    title: text(limits.title).optional(),
    /** How sources refer to an untitled report; required when there is no title. */
    description: text(limits.phrase).optional(),
    series: text(limits.title).optional(),
    edition: text(limits.name).optional(),
    commissionedBy: z.array(IdSchema).min(1).max(limits.items).optional(),
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
  .superRefine((report, ctx) => {
    if (report.title === undefined && report.description === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['description'],
        message: messages.untitledReport,
        params: { code: 'missing_description' },
      });
    }
  })
  .register(schemaRegistry, {
    id: 'Report',
    title: 'Report',
    description:
      'A report with its bibliographic details (a title, or a description when it has none), series and edition, summary, findings (claims) and estimates.',
    // `properties` repeats the names so ajv's strict mode sees each required key defined.
    anyOf: [
      { required: ['title'], properties: { title: true } },
      { required: ['description'], properties: { description: true } },
    ],
  });

type ReportSchemaImplType = typeof ReportSchemaImpl;

/** The type of {@link ReportSchema}, named so that declaration files and editors refer to it by name. */
export interface ReportSchemaType extends ReportSchemaImplType {}

/**
 * A report (an investigation, a policy paper, a UN brief) with what it finds: its `findings`
 * (claims) and `estimates` live inside it, so a path such as `reports[0].estimates[2]` says
 * where a figure was stated. A report is also a source: provenance and quotes may cite its id.
 * Only `id` and a `title` or a `description` are required: a report that sources name only by
 * its publisher has no title to invent, so it is described ("a UN human rights office report on
 * online scam operations"). What a source does not say (the publisher, the date) is left out
 * rather than guessed. `series` and `edition` place a report in a run ("Global Slavery Index",
 * "2018"); `commissionedBy` names the actors who commissioned it.
 *
 * @example
 * ```ts
 * import { parseReport, safeParseReport } from '@reckon/schema';
 * const report = parseReport({ id: 'policies-and-patterns', title: 'Policies and Patterns' });
 * report.estimates; // => []
 * parseReport({ id: 'gsi-2018', series: 'Global Slavery Index', edition: '2018', description: 'the 2018 Global Slavery Index' }).edition;
 * // => '2018'
 * safeParseReport({ id: 'untitled' }).success; // => false
 * ```
 */
export const ReportSchema: ReportSchemaType = ReportSchemaImpl;

/** A report with its findings and estimates; see {@link ReportSchema}. */
export interface Report extends z.output<ReportSchemaType> {}
