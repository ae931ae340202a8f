import { rangeFromJSON, unit } from '@reckon/range';
import * as z from 'zod';
import { messages } from '../messages';
import { schemaRegistry } from '../registry';
import { LIKELIHOOD_SCALES, type LikelihoodScale } from './likelihood-scales';
import { limits } from './limits';
import { RangeJSONSchema } from './range-json';
import { text } from './text';

function termsOf(scale: LikelihoodScale): [string, ...string[]] {
  return Object.keys(LIKELIHOOD_SCALES[scale]) as [string, ...string[]];
}

/** A statement on a published scale: the scale's own term, and the words the source used. */
function scaled<S extends LikelihoodScale>(scale: S) {
  return z.strictObject({
    scale: z.literal(scale),
    term: z.enum(termsOf(scale) as [keyof (typeof LIKELIHOOD_SCALES)[S] & string]),
    wording: text(limits.phrase).optional(),
  });
}

/** A probability band must be dimensionless and within [0, 1] (or [0%, 100%]). */
function checkProbability(probability: unknown, ctx: z.RefinementCtx): void {
  let band: ReturnType<typeof rangeFromJSON>;
  try {
    band = rangeFromJSON(probability);
  } catch {
    return; // RangeJSONSchema has reported it
  }
  if (band.unit.dimension !== unit('1').dimension) {
    ctx.addIssue({
      code: 'custom',
      path: ['probability', 'unit'],
      message: messages.probabilityNotDimensionless(band.unit.text),
      params: { code: 'invalid_probability' },
    });
  } else if (band.low * band.unit.factor < 0 || band.high * band.unit.factor > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['probability'],
      message: messages.probabilityOutside,
      params: { code: 'invalid_probability' },
    });
  }
}

const ConfidenceSchemaImpl = z
  .discriminatedUnion('scale', [
    scaled('ipcc-ar5'),
    scaled('ipcc-ar4'),
    scaled('icd-203'),
    z
      .strictObject({
        scale: z.literal('unscaled'),
        wording: text(limits.phrase),
        probability: RangeJSONSchema.optional(),
      })
      .superRefine((value, ctx) => {
        if (value.probability !== undefined) checkProbability(value.probability, ctx);
      }),
  ])
  .register(schemaRegistry, {
    id: 'Confidence',
    description:
      'Likelihood or confidence wording: a term of a published scale (IPCC AR5, IPCC AR4, ICD 203), or unscaled wording with an optional probability band.',
  });

type ConfidenceSchemaImplType = typeof ConfidenceSchemaImpl;

/** The type of {@link ConfidenceSchema}, named so that declaration files and editors refer to it by name. */
export interface ConfidenceSchemaType extends ConfidenceSchemaImplType {}

/**
 * How sure a source says it is. On a published scale (`ipcc-ar5`, `ipcc-ar4`, `icd-203`) it is
 * the scale's `term` plus the source's own `wording`; the probability band follows from the
 * scale (see `likelihoodBand`). Otherwise `scale: 'unscaled'` keeps the `wording` ("likely",
 * "easily") and, only if the source gives one, a `probability` band.
 *
 * @example
 * ```ts
 * import { ConfidenceSchema } from '@reckon/schema';
 * ConfidenceSchema.safeParse({ scale: 'ipcc-ar5', term: 'likely' }).success; // => true
 * ConfidenceSchema.safeParse({ scale: 'icd-203', term: 'high confidence' }).success; // => false
 * ConfidenceSchema.safeParse({ scale: 'unscaled', wording: 'likely' }).success; // => true
 * ```
 */
export const ConfidenceSchema: ConfidenceSchemaType = ConfidenceSchemaImpl;

/** How sure a source says it is; see {@link ConfidenceSchema}. */
export type Confidence = z.output<ConfidenceSchemaType>;
