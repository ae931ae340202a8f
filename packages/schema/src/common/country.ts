import * as z from 'zod';
import { messages } from '../messages';
import { schemaRegistry } from '../registry';
import { COUNTRY_CODES, type CountryCode } from './country-codes';

/**
 * The type of {@link CountryCodeSchema}, named so that declaration files refer to it by name
 * instead of spelling out the 250 codes wherever a schema uses it.
 */
export interface CountryCodeSchemaType extends z.ZodEnum<{ [K in CountryCode]: K }> {}

/**
 * An ISO 3166-1 alpha-2 country code (`KH`, `MM`, `LA`), checked against the list of assigned
 * codes so JSON Schema can check it too.
 *
 * @example
 * ```ts
 * import { CountryCodeSchema } from '@reckon/schema';
 * CountryCodeSchema.safeParse('KH').success; // => true
 * CountryCodeSchema.safeParse('UK').success; // => false
 * ```
 */
export const CountryCodeSchema: CountryCodeSchemaType = z
  .enum(COUNTRY_CODES, { error: (issue) => messages.badCountry(issue.input) })
  .register(schemaRegistry, {
    id: 'CountryCode',
    description: 'An ISO 3166-1 alpha-2 country code.',
  });
