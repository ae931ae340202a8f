import * as z from 'zod';
import { messages } from '../messages';
import { schemaRegistry } from '../registry';
import { CountryCodeSchema } from './country';
import { COUNTRY_CODES } from './country-codes';
import { limits } from './limits';
import { text } from './text';

const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES);

/**
 * One place an estimate covers: a country (ISO 3166-1 alpha-2), a subdivision (ISO 3166-2), or a
 * named region ("Southeast Asia"). A region may list its countries, so tools can tell that
 * Cambodia lies inside it and compare a country's figure with the region's; it may also carry
 * its UN M49 area code.
 *
 * @example
 * ```ts
 * import { GeographySchema } from '@reckon/schema';
 * GeographySchema.parse({ kind: 'country', code: 'KH' }); // => { kind: 'country', code: 'KH' }
 * GeographySchema.safeParse({ kind: 'region', name: 'Southeast Asia', m49: '035' }).success; // => true
 * ```
 */
export const GeographySchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('country'), code: CountryCodeSchema }),
    z.strictObject({
      kind: z.literal('subdivision'),
      code: z
        .string()
        .max(6, { abort: true, error: (issue) => messages.badSubdivision(issue.input) })
        .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, {
          error: (issue) => messages.badSubdivision(issue.input),
        })
        .refine((code) => COUNTRIES.has(code.slice(0, 2)), {
          error: (issue) => messages.subdivisionCountry(String(issue.input)),
        }),
    }),
    z.strictObject({
      kind: z.literal('region'),
      name: text(limits.name),
      m49: z
        .string()
        .regex(/^\d{3}$/, { error: (issue) => messages.badM49(issue.input) })
        .optional(),
      countries: z.array(CountryCodeSchema).min(1).max(COUNTRY_CODES.length).optional(),
    }),
  ])
  .register(schemaRegistry, {
    id: 'Geography',
    description:
      'A place: a country (ISO 3166-1 alpha-2), a subdivision (ISO 3166-2) or a named region with optional member countries.',
  });

/** One place: `{ kind: 'country', code }`, `{ kind: 'subdivision', code }` or `{ kind: 'region', name, m49?, countries? }`. */
export type Geography = z.infer<typeof GeographySchema>;
