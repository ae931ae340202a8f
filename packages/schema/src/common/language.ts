import * as z from 'zod';
import { messages } from '../messages';
import { schemaRegistry } from '../registry';

/**
 * A BCP 47 language tag in its common shapes: a language (`en`, `km`), optionally a script
 * (`zh-Hant`) and a region (`en-GB`, `es-419`), then any further subtags.
 *
 * @example
 * ```ts
 * import { LanguageTagSchema } from '@reckon/schema';
 * LanguageTagSchema.safeParse('km').success; // => true
 * ```
 */
export const LanguageTagSchema = z
  .string()
  .max(35, { abort: true, error: (issue) => messages.badLanguage(issue.input) })
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, {
    error: (issue) => messages.badLanguage(issue.input),
  })
  .register(schemaRegistry, { id: 'LanguageTag', description: 'A BCP 47 language tag.' });

/**
 * An ISO 15924 script code: four letters, the first capitalised (`Khmr`, `Latn`).
 *
 * @example
 * ```ts
 * import { ScriptCodeSchema } from '@reckon/schema';
 * ScriptCodeSchema.safeParse('Khmr').success; // => true
 * ```
 */
export const ScriptCodeSchema = z
  .string()
  .max(4, { abort: true, error: (issue) => messages.badScript(issue.input) })
  .regex(/^[A-Z][a-z]{3}$/, { error: (issue) => messages.badScript(issue.input) })
  .register(schemaRegistry, { id: 'ScriptCode', description: 'An ISO 15924 script code.' });
