import * as z from 'zod';
import { IdSchema } from './common/id';
import { LanguageTagSchema } from './common/language';
import { limits } from './common/limits';
import { text } from './common/text';
import { UrlSchema } from './common/url';
import { PartialDateSchema } from './partial-date/schema';
import { schemaRegistry } from './registry';

/**
 * The kinds of document a source can be.
 *
 * @example
 * ```ts
 * import { SOURCE_KINDS } from '@reckon/schema';
 * SOURCE_KINDS.includes('news-article'); // => true
 * ```
 */
export const SOURCE_KINDS = [
  'report',
  'news-article',
  'statement',
  'press-release',
  'transcript',
  'interview',
  'dataset',
  'social-post',
  'journal-article',
  'book',
  'web-page',
  'video',
  'other',
] as const;

const SourceSchemaImpl = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(SOURCE_KINDS),
    title: text(limits.title).optional(),
    /** What the source is, when it has no title to show. */
    description: text(limits.phrase).optional(),
    authorIds: z.array(IdSchema).max(limits.items).optional(),
    publisherId: IdSchema.optional(),
    url: UrlSchema.optional(),
    archiveUrl: UrlSchema.optional(),
    published: PartialDateSchema.optional(),
    retrieved: PartialDateSchema.optional(),
    language: LanguageTagSchema.optional(),
  })
  .register(schemaRegistry, {
    id: 'Source',
    title: 'Source',
    description:
      'A citation: a report, news article, statement, dataset, social post… with what is known of its title, authors, publisher, URL and dates.',
  });

type SourceSchemaImplType = typeof SourceSchemaImpl;

/** The type of {@link SourceSchema}, named so that declaration files and editors refer to it by name. */
export interface SourceSchemaType extends SourceSchemaImplType {}

/**
 * A citation: a document something was found in. Every field but `id` and `kind` is optional,
 * because a dossier records only what is known: an article whose headline and publisher are not
 * at hand is still a source. Authors and publisher are actors (`authorIds`, `publisherId`).
 *
 * @example
 * ```ts
 * import { parseSource } from '@reckon/schema';
 * parseSource({ id: 'news-article', kind: 'news-article', language: 'en' }).kind; // => 'news-article'
 * ```
 */
export const SourceSchema: SourceSchemaType = SourceSchemaImpl;

/** A citation; see {@link SourceSchema}. */
export interface Source extends z.output<SourceSchemaType> {}
