import * as z from 'zod';
import { RoleSchema } from './actor';
import { IdSchema } from './common/id';
import { limits } from './common/limits';
import { QuoteSchema } from './common/quote';
import { text } from './common/text';
import { messages } from './messages';
import { PartialDateSchema } from './partial-date/schema';
import { schemaRegistry } from './registry';

/**
 * Where a response stands on what it answers. `no-response` records that the respondent did not
 * answer a request for comment, and `declined-to-comment` that it said it would not comment:
 * neither needs a quote or an argument, and a `no-response` may carry none, since a body that
 * said nothing has no words to attribute.
 *
 * @example
 * ```ts
 * import { STANCES } from '@reckon/schema';
 * STANCES.includes('disputes-figures'); // => true
 * ```
 */
export const STANCES = [
  'denies',
  'dismisses',
  'disputes-methodology',
  'disputes-figures',
  'partially-accepts',
  'accepts',
  'no-comment',
  'declined-to-comment',
  'no-response',
] as const;

/**
 * How a response was given.
 *
 * @example
 * ```ts
 * import { CHANNELS } from '@reckon/schema';
 * CHANNELS.includes('press-conference'); // => true
 * ```
 */
export const CHANNELS = [
  'press-conference',
  'statement',
  'press-release',
  'interview',
  'speech',
  'social-media',
  'letter',
  'other',
] as const;

/**
 * The kinds of argument a response makes: `methodology` (the method or sources are unsound),
 * `motive` (the author's purpose or political timing), `sovereignty` (outsiders have no say),
 * `deflection` (the problem lies with others), `capacity` (the accused lacks the means),
 * `bias` (of the author or sponsor), `counter-evidence` (other facts or figures),
 * `scapegoating` (the accused is singled out unfairly), `other`.
 *
 * @example
 * ```ts
 * import { ARGUMENT_KINDS } from '@reckon/schema';
 * ARGUMENT_KINDS.includes('deflection'); // => true
 * ```
 */
export const ARGUMENT_KINDS = [
  'methodology',
  'motive',
  'sovereignty',
  'deflection',
  'capacity',
  'bias',
  'counter-evidence',
  'scapegoating',
  'other',
] as const;

const ArgumentSchemaImpl = z
  .strictObject({
    kind: z.enum(ARGUMENT_KINDS),
    summary: text(limits.text),
    quoteIds: z.array(IdSchema).max(limits.items).optional(),
  })
  .register(schemaRegistry, {
    id: 'Argument',
    description:
      'One argument of a response: its kind, a summary, and the ids of the quotes that carry it.',
  });

type ArgumentSchemaImplType = typeof ArgumentSchemaImpl;

/** The type of {@link ArgumentSchema}, named so that declaration files and editors refer to it by name. */
export interface ArgumentSchemaType extends ArgumentSchemaImplType {}

/**
 * One argument of a response: its `kind`, a `summary` in the dossier's words, and the quotes
 * (ids in the response's `quotes`) that carry it.
 *
 * @example
 * ```ts
 * import { ArgumentSchema } from '@reckon/schema';
 * ArgumentSchema.safeParse({ kind: 'methodology', summary: 'Not scientific.', quoteIds: ['q1'] }).success;
 * // => true
 * ```
 */
export const ArgumentSchema: ArgumentSchemaType = ArgumentSchemaImpl;

/** One argument of a response; see {@link ArgumentSchema}. */
export interface Argument extends z.output<ArgumentSchemaType> {}

const TargetsSchema = z
  .strictObject({
    reportIds: z.array(IdSchema).min(1).max(limits.items).optional(),
    claimIds: z.array(IdSchema).min(1).max(limits.items).optional(),
    estimateIds: z.array(IdSchema).min(1).max(limits.items).optional(),
  })
  .superRefine((targets, ctx) => {
    if (!targets.reportIds && !targets.claimIds && !targets.estimateIds) {
      ctx.addIssue({
        code: 'custom',
        message: messages.emptyTargets,
        params: { code: 'empty_targets' },
      });
    }
  })
  .register(schemaRegistry, {
    id: 'Targets',
    description: 'What a response answers: ids of reports, claims and estimates (at least one).',
    // `properties` repeats the names so ajv's strict mode sees each required key defined.
    anyOf: [
      { required: ['reportIds'], properties: { reportIds: true } },
      { required: ['claimIds'], properties: { claimIds: true } },
      { required: ['estimateIds'], properties: { estimateIds: true } },
    ],
  });

const OfficialResponseSchemaImpl = z
  .strictObject({
    id: IdSchema,
    respondentId: IdSchema,
    role: RoleSchema.optional(),
    date: PartialDateSchema.optional(),
    channel: z.enum(CHANNELS).optional(),
    stance: z.enum(STANCES),
    /** Marks a response official whatever its respondent's kind (a state-owned firm's). */
    official: z.boolean().optional(),
    targets: TargetsSchema,
    summary: text(limits.text).optional(),
    arguments: z.array(ArgumentSchema).max(limits.items).default([]),
    quotes: z.array(QuoteSchema).max(limits.items).default([]),
    counterEstimateIds: z.array(IdSchema).min(1).max(limits.items).optional(),
    sourceId: IdSchema.optional(),
  })
  .superRefine((response, ctx) => {
    if (response.stance !== 'no-response') return;
    for (const field of ['quotes', 'arguments'] as const) {
      if (response[field].length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: messages.wordsWithoutResponse(field),
          params: { code: 'words_without_response' },
        });
      }
    }
  })
  .register(schemaRegistry, {
    id: 'OfficialResponse',
    title: 'Response',
    description:
      'A response from any actor to a report, claim or estimate: respondent and role, date, channel, stance, targets, typed arguments and quotes; official when the respondent is a government body or political office, or when marked so.',
  });

type OfficialResponseSchemaImplType = typeof OfficialResponseSchemaImpl;

/** The type of {@link OfficialResponseSchema}, named so that declaration files and editors refer to it by name. */
export interface OfficialResponseSchemaType extends OfficialResponseSchemaImplType {}

/**
 * A response to a report, a claim or an estimate, from any actor: a ministry, a head of state,
 * campaigners, academics. Who (`respondentId`) speaking in which `role`, when, through which
 * `channel`, its `stance`, what it `targets`, its typed `arguments`, and the `quotes`
 * themselves. A response that `disputes-figures` may point to its own figures in
 * `counterEstimateIds`. `sourceId` is where the response was reported. A response is official
 * when its respondent, or the body of the role they speak in, is a government body or a
 * political office, or when `official` is `true` (see `isOfficialResponse`).
 *
 * @example
 * ```ts
 * import { parseOfficialResponse } from '@reckon/schema';
 * const response = parseOfficialResponse({
 *   id: 'response',
 *   respondentId: 'touch-sokhak',
 *   date: 'XXXX-05-20',
 *   stance: 'dismisses',
 *   targets: { reportIds: ['policies-and-patterns'] },
 * });
 * response.arguments; // => []
 * ```
 */
export const OfficialResponseSchema: OfficialResponseSchemaType = OfficialResponseSchemaImpl;

/** A response to a report, official or not; see {@link OfficialResponseSchema}. */
export interface OfficialResponse extends z.output<OfficialResponseSchemaType> {}
