import * as z from 'zod';
import { PartialDateSchema } from '../partial-date/schema';
import { schemaRegistry } from '../registry';
import { IdSchema } from './id';
import { LanguageTagSchema } from './language';
import { limits } from './limits';
import { text } from './text';

const QuoteSchemaImpl = z
  .strictObject({
    id: IdSchema.optional(),
    text: text(limits.text),
    form: z.enum(['direct', 'paraphrase']).default('direct'),
    /** The actor whose words these are, or whose words are paraphrased. */
    speakerId: IdSchema.optional(),
    /** The source (or report) the text was found in. */
    sourceId: IdSchema.optional(),
    date: PartialDateSchema.optional(),
    language: LanguageTagSchema.optional(),
  })
  .register(schemaRegistry, {
    id: 'Quote',
    description:
      'Words as a source prints them: direct (the speaker’s own words) or paraphrase (the source’s reported speech).',
  });

type QuoteSchemaImplType = typeof QuoteSchemaImpl;

/** The type of {@link QuoteSchema}, named so that declaration files and editors refer to it by name. */
export interface QuoteSchemaType extends QuoteSchemaImplType {}

/**
 * Words as a source prints them. `form` says whose words they are: `direct` for the speaker's
 * own words in quotation marks (the default), `paraphrase` for the source's reported speech
 * ("Sokhak argued that the report selectively targets…"), which is verbatim from the source but
 * not from the speaker. A quote that arguments point to needs an `id`.
 *
 * @example
 * ```ts
 * import { QuoteSchema } from '@reckon/schema';
 * QuoteSchema.parse({ text: 'Political topics will continue' }).form; // => 'direct'
 * ```
 */
export const QuoteSchema: QuoteSchemaType = QuoteSchemaImpl;

/** Words as a source prints them; see {@link QuoteSchema}. */
export interface Quote extends z.output<QuoteSchemaType> {}
