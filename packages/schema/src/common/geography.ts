import * as z from 'zod';
import { messages } from '../messages';
import { m49Countries } from '../places/m49';
import { M49_AREAS } from '../places/m49-table';
import { schemaRegistry } from '../registry';
import { CountryCodeSchema } from './country';
import { COUNTRY_CODES } from './country-codes';
import { limits } from './limits';
import { text } from './text';

const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES);
const M49_CODES = Object.keys(M49_AREAS) as [keyof typeof M49_AREAS, ...(keyof typeof M49_AREAS)[]];

/** A region's listed countries must lie in its M49 area, when it gives both. */
function checkRegionMembers(
  region: { readonly m49?: string | undefined; readonly countries?: readonly string[] | undefined },
  ctx: z.RefinementCtx,
): void {
  if (region.m49 === undefined || region.countries === undefined) return;
  const members: ReadonlySet<string> = new Set(m49Countries(region.m49));
  region.countries.forEach((country, i) => {
    if (!members.has(country)) {
      ctx.addIssue({
        code: 'custom',
        path: ['countries', i],
        message: messages.notInRegion(country, region.m49 as string),
        params: { code: 'not_in_region' },
      });
    }
  });
}

const GeographySchemaImpl = z
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
    z
      .strictObject({
        kind: z.literal('region'),
        name: text(limits.name),
        m49: z.enum(M49_CODES, { error: (issue) => messages.badM49(issue.input) }).optional(),
        countries: z.array(CountryCodeSchema).min(1).max(COUNTRY_CODES.length).optional(),
      })
      .superRefine(checkRegionMembers),
  ])
  .register(schemaRegistry, {
    id: 'Geography',
    description:
      'A place: a country (ISO 3166-1 alpha-2), a subdivision (ISO 3166-2) or a named region with optional member countries.',
  });

type GeographySchemaImplType = typeof GeographySchemaImpl;

/** The type of {@link GeographySchema}, named so that declaration files and editors refer to it by name. */
export interface GeographySchemaType extends GeographySchemaImplType {}

/**
 * One place an estimate covers: a country (ISO 3166-1 alpha-2), a subdivision (ISO 3166-2), or a
 * named region ("Southeast Asia"). A region given by its UN M49 area code (`001` world, `142`
 * Asia, `035` South-eastern Asia…) is understood with its member countries from the built-in
 * M49 table (see `m49Countries`), so tools can tell that Cambodia lies inside it; any other
 * region may list its `countries`. A code that is not an M49 geographic area is refused, and
 * countries listed beside an M49 code must lie in that area.
 *
 * @example
 * ```ts
 * import { GeographySchema } from '@reckon/schema';
 * GeographySchema.parse({ kind: 'country', code: 'KH' }); // => { kind: 'country', code: 'KH' }
 * GeographySchema.safeParse({ kind: 'region', name: 'Southeast Asia', m49: '035' }).success; // => true
 * ```
 */
export const GeographySchema: GeographySchemaType = GeographySchemaImpl;

/** One place: `{ kind: 'country', code }`, `{ kind: 'subdivision', code }` or `{ kind: 'region', name, m49?, countries? }`. */
export type Geography = z.output<GeographySchemaType>;
