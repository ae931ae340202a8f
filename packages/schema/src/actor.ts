import * as z from 'zod';
import { CountryCodeSchema } from './common/country';
import { IdSchema } from './common/id';
import { LanguageTagSchema, ScriptCodeSchema } from './common/language';
import { limits } from './common/limits';
import { text } from './common/text';
import { UrlSchema } from './common/url';
import { messages } from './messages';
import { PeriodSchema } from './partial-date/period';
import { schemaRegistry } from './registry';

/**
 * The kinds of actor.
 *
 * @example
 * ```ts
 * import { ACTOR_KINDS } from '@reckon/schema';
 * ACTOR_KINDS.includes('political-party'); // => true
 * ```
 */
export const ACTOR_KINDS = [
  'person',
  'organisation',
  'government-body',
  'political-office',
  'political-party',
] as const;

const RoleSchemaImpl = z
  .strictObject({
    title: text(limits.name),
    bodyId: IdSchema.optional(),
    period: PeriodSchema.optional(),
  })
  .register(schemaRegistry, {
    id: 'Role',
    description: 'A position held: a title, the body (an actor id) it is held in, and when.',
  });

type RoleSchemaImplType = typeof RoleSchemaImpl;

/** The type of {@link RoleSchema}, named so that declaration files and editors refer to it by name. */
export interface RoleSchemaType extends RoleSchemaImplType {}

/**
 * A position an actor holds: a `title` ("spokesperson"), the body it is held in (`bodyId`, an
 * actor), and when (`period`), as far as known.
 *
 * @example
 * ```ts
 * import { RoleSchema } from '@reckon/schema';
 * RoleSchema.safeParse({ title: 'spokesperson', bodyId: 'kh-ministry-of-interior' }).success; // => true
 * ```
 */
export const RoleSchema: RoleSchemaType = RoleSchemaImpl;

/** A position an actor holds; see {@link RoleSchema}. */
export interface Role extends z.output<RoleSchemaType> {}

/**
 * A name written in another script, or romanised by a named system, e.g. a Khmer name in
 * Khmer script (`script: 'Khmr'`) beside its usual Latin spelling.
 */
const TransliterationSchema = z.strictObject({
  text: text(limits.name),
  script: ScriptCodeSchema,
  language: LanguageTagSchema.optional(),
  /** The romanisation system, e.g. "UNGEGN" or "ALA-LC", when known. */
  system: text(limits.name).optional(),
});

/** A tie between actors: membership, a parent body, an employer. */
const AffiliationSchema = z.strictObject({
  actorId: IdSchema,
  /** How they are tied, in words: "part of", "member of", "employed by". */
  relation: text(limits.name).optional(),
  period: PeriodSchema.optional(),
});

const ActorSchemaImpl = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(ACTOR_KINDS),
    name: text(limits.name).optional(),
    aliases: z.array(text(limits.name)).max(limits.items).optional(),
    transliterations: z.array(TransliterationSchema).max(limits.items).optional(),
    description: text(limits.phrase).optional(),
    country: CountryCodeSchema.optional(),
    roles: z.array(RoleSchema).max(limits.items).optional(),
    affiliations: z.array(AffiliationSchema).max(limits.items).optional(),
    url: UrlSchema.optional(),
  })
  .superRefine((actor, ctx) => {
    if (actor.name === undefined && actor.description === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: messages.unnamedActor,
        params: { code: 'missing_description' },
      });
    }
  })
  .register(schemaRegistry, {
    id: 'Actor',
    title: 'Actor',
    description:
      'A person, organisation, government body, political office or political party, with a name (or a description when unnamed), aliases, transliterations, roles and affiliations.',
    // `properties` repeats the names so ajv's strict mode sees each required key defined.
    anyOf: [
      { required: ['name'], properties: { name: true } },
      { required: ['description'], properties: { description: true } },
    ],
  });

type ActorSchemaImplType = typeof ActorSchemaImpl;

/** The type of {@link ActorSchema}, named so that declaration files and editors refer to it by name. */
export interface ActorSchemaType extends ActorSchemaImplType {}

/**
 * A person, organisation, government body, political office (a presidency, a premiership) or
 * political party. `name` is the form the dossier shows; `aliases` are other forms sources use
 * ("Sokhak", "CPP"); `transliterations` are the name in other scripts. An actor a source does
 * not name has no `name` but a `description` ("a labour ministry official who was not named"),
 * which briefs never print as if it were a name. `roles` are positions held, `affiliations`
 * ties to other actors.
 *
 * @example
 * ```ts
 * import { parseActor } from '@reckon/schema';
 * parseActor({ id: 'cpp', kind: 'political-party', name: "Cambodian People's Party", aliases: ['CPP'] }).aliases;
 * // => ['CPP']
 * ```
 */
export const ActorSchema: ActorSchemaType = ActorSchemaImpl;

/** A person, organisation, government body or political party; see {@link ActorSchema}. */
export interface Actor extends z.output<ActorSchemaType> {}
