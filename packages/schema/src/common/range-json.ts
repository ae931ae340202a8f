import { InvalidRangeError, ReckonError, rangeFromJSON } from '@reckon/range';
import * as z from 'zod';
import { messages } from '../messages';
import { schemaRegistry } from '../registry';
import { limits } from './limits';
import { objectExample } from './object-example';
import { countNounHint, currencyWordsHint } from './unit-hints';

const RangeMeaningSchemaImpl = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('bounds') }),
      z.strictObject({
        kind: z.literal('interval'),
        level: z
          .number()
          .gt(0)
          .lt(1, {
            error: (issue) =>
              typeof issue.input === 'number' && issue.input > 1 && issue.input < 100
                ? messages.levelAsPercent(issue.input)
                : undefined,
          }),
      }),
      z.strictObject({ kind: z.literal('scenarios') }),
      z.strictObject({ kind: z.literal('plus-minus') }),
    ],
    { error: objectExample('{ "kind": "interval", "level": 0.95 }') },
  )
  .register(schemaRegistry, {
    id: 'RangeMeaning',
    description:
      'What a range stands for: hard bounds (default), a confidence/credible interval at a level, scenarios, or plus-minus.',
  });

type RangeMeaningSchemaImplType = typeof RangeMeaningSchemaImpl;

/** The type of {@link RangeMeaningSchema}, named so that declaration files and editors refer to it by name. */
export interface RangeMeaningSchemaType extends RangeMeaningSchemaImplType {}

/**
 * What a range stands for: hard `bounds` (the default), an `interval` at a confidence or
 * credibility `level` strictly between 0 and 1, low and high `scenarios`, or `plus-minus`.
 *
 * @example
 * ```ts
 * import { RangeMeaningSchema } from '@reckon/schema';
 * RangeMeaningSchema.safeParse({ kind: 'interval', level: 0.9 }).success; // => true
 * RangeMeaningSchema.safeParse({ kind: 'interval', level: 90 }).success; // => false
 * ```
 */
export const RangeMeaningSchema: RangeMeaningSchemaType = RangeMeaningSchemaImpl;

/** The qualifiers a source puts on a figure, as `@reckon/range` defines them. */
const QUALIFIERS = [
  'exact',
  'approx',
  'at-least',
  'more-than',
  'at-most',
  'less-than',
  'vague',
] as const;

/**
 * Turns what `rangeFromJSON` refuses into an issue: a bad unit at `unit`, anything else
 * (low above high, a central value outside, an empty range) at the range itself. The rules live
 * in @reckon/range; this only reports them, so the two can never disagree.
 */
function checkWithRange(json: { readonly unit: string }, ctx: z.RefinementCtx): void {
  const unitIssue = (message: string) =>
    ctx.addIssue({ code: 'custom', path: ['unit'], message, params: { code: 'invalid_unit' } });
  try {
    rangeFromJSON(json);
  } catch (error) {
    if (!(error instanceof ReckonError)) throw error;
    const onUnit = error instanceof InvalidRangeError && error.field === 'unit';
    // The unit's own error says what is wrong at which position; the wrapper adds only a prefix.
    const cause = (error as { cause?: unknown }).cause;
    const message = onUnit && cause instanceof ReckonError ? cause.message : error.message;
    if (onUnit) unitIssue(currencyWordsHint(json.unit) ?? messages.invalidRange(message));
    else {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: messages.invalidRange(message),
        params: { code: 'invalid_range' },
      });
    }
    return;
  }
  // A unit that parses may still say what it counts as an adjective or a singular.
  const hint = countNounHint(json.unit);
  if (hint !== undefined) unitIssue(hint);
}

const RangeJSONSchemaImpl = z
  .strictObject({
    low: z.number().nullable(),
    high: z.number().nullable(),
    unit: z
      .string()
      .min(1)
      .max(limits.unit, { error: (issue) => messages.tooLong(issue.input, limits.unit) }),
    lowInclusive: z.boolean().optional(),
    highInclusive: z.boolean().optional(),
    central: z.number().optional(),
    qualifier: z.enum(QUALIFIERS).optional(),
    meaning: RangeMeaningSchema.optional(),
    sigFigs: z.number().int().min(1).optional(),
    // A stated change ("a fall of 12%"): the bounds carry its sign, this says which way it went.
    change: z.enum(['rise', 'fall']).optional(),
  })
  // Only a well-shaped range is handed to rangeFromJSON, so each problem is reported once.
  .superRefine(checkWithRange, { when: (payload) => payload.issues.length === 0 })
  .register(schemaRegistry, {
    id: 'RangeJSON',
    description:
      'A range in @reckon/range JSON form: low and high (null when open) in the unit, with optional inclusivity, central value, qualifier, meaning, significant figures and the direction of a stated change.',
  });

type RangeJSONSchemaImplType = typeof RangeJSONSchemaImpl;

/** The type of {@link RangeJSONSchema}, named so that declaration files and editors refer to it by name. */
export interface RangeJSONSchemaType extends RangeJSONSchemaImplType {}

/**
 * The JSON form of a `@reckon/range` range, as stored in an estimate:
 * `{ "low": 12.5e9, "high": 19e9, "unit": "USD/year" }`, open bounds as `null`. The shape is
 * checked here (so it shows in JSON Schema); the meaning (low not above high, a unit that
 * parses, a currency that exists, a central value inside) by `rangeFromJSON` itself.
 *
 * @example
 * ```ts
 * import { RangeJSONSchema } from '@reckon/schema';
 * RangeJSONSchema.safeParse({ low: null, high: 60, unit: '%', qualifier: 'at-most' }).success; // => true
 * RangeJSONSchema.safeParse({ low: 20e9, high: 19e9, unit: 'USD/year' }).success; // => false
 * RangeJSONSchema.safeParse({ low: 1, high: 2, unit: 'XYZ/year' }).success; // => false
 * ```
 */
export const RangeJSONSchema: RangeJSONSchemaType = RangeJSONSchemaImpl;
