import { rangeFromJSON, unit } from '@reckon/range';
import * as z from 'zod';
import { ConfidenceSchema } from './common/confidence';
import { GeographySchema } from './common/geography';
import { IdSchema, MetricKeySchema } from './common/id';
import { limits } from './common/limits';
import { objectExample } from './common/object-example';
import { ProvenanceSchema } from './common/provenance';
import { QuoteSchema } from './common/quote';
import { RangeJSONSchema } from './common/range-json';
import { text } from './common/text';
import type { IssueCode } from './issues/types';
import { messages } from './messages';
import { PeriodSchema } from './partial-date/period';
import { PartialDateSchema } from './partial-date/schema';
import { schemaRegistry } from './registry';

const BaseSchemaImpl = z
  .strictObject(
    {
      metric: text(limits.phrase),
      metricKey: MetricKeySchema.optional(),
      geography: z.array(GeographySchema).min(1).max(limits.items).optional(),
      period: PeriodSchema.optional(),
      estimateId: IdSchema.optional(),
    },
    { error: objectExample('{ "metric": "GDP", "metricKey": "gdp" }') },
  )
  .register(schemaRegistry, {
    id: 'Base',
    description:
      'What a relative estimate is a share of: the base quantity in words, with its key, place, period and estimate id when known.',
  });

type BaseSchemaImplType = typeof BaseSchemaImpl;

/** The type of {@link BaseSchema}, named so that declaration files and editors refer to it by name. */
export interface BaseSchemaType extends BaseSchemaImplType {}

/**
 * The base a relative estimate is a share of: "as much as 60% of GDP" is relative to the GDP of
 * Cambodia. Say what the base is in words (`metric`), and where known its key, place, period,
 * and the estimate in this dossier that gives it (`estimateId`); an unknown base is simply
 * described.
 *
 * @example
 * ```ts
 * import { BaseSchema } from '@reckon/schema';
 * BaseSchema.safeParse({ metric: 'GDP', metricKey: 'gdp', geography: [{ kind: 'country', code: 'KH' }] }).success;
 * // => true
 * ```
 */
export const BaseSchema: BaseSchemaType = BaseSchemaImpl;

/** The base of a relative estimate; see {@link BaseSchema}. */
export interface Base extends z.output<BaseSchemaType> {}

/** Rules across fields: a share must be dimensionless, a numerator needs a base, no self-loops. */
function checkEstimate(estimate: EstimateShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string, code: IssueCode) =>
    ctx.addIssue({ code: 'custom', path, message, params: { code } });
  if (estimate.numeratorEstimateId !== undefined && estimate.relativeTo === undefined) {
    issue(['numeratorEstimateId'], messages.numeratorWithoutBase, 'missing_base');
  }
  if (estimate.numeratorEstimateId === estimate.id) {
    issue(['numeratorEstimateId'], messages.selfReference(estimate.id), 'self_reference');
  }
  if (estimate.supersedes === estimate.id) {
    issue(['supersedes'], messages.selfReference(estimate.id), 'self_reference');
  }
  if (estimate.relativeTo?.estimateId === estimate.id) {
    issue(['relativeTo', 'estimateId'], messages.selfReference(estimate.id), 'self_reference');
  }
  if (estimate.relativeTo !== undefined) {
    let unitText: string | undefined;
    try {
      const range = rangeFromJSON(estimate.range);
      if (range.unit.dimension !== unit('1').dimension) unitText = range.unit.text;
    } catch {
      return; // RangeJSONSchema has reported it
    }
    if (unitText !== undefined)
      issue(['range', 'unit'], messages.notAShare(unitText), 'not_a_share');
  }
}

const EstimateObjectSchema = z.strictObject({
  id: IdSchema,
  /** What is measured, in words: "revenue from scam operations in Cambodia". */
  metric: text(limits.phrase),
  metricKey: MetricKeySchema.optional(),
  range: RangeJSONSchema,
  geography: z.array(GeographySchema).min(1).max(limits.items).optional(),
  period: PeriodSchema.optional(),
  /** What the figure rests on, in the source's words: "formal estimates". */
  basis: text(limits.phrase).optional(),
  method: text(limits.text).optional(),
  confidence: ConfidenceSchema.optional(),
  /** The source's words for the figure; several when outlets quote it independently. */
  quotes: z.array(QuoteSchema).min(1).max(limits.items).optional(),
  provenance: ProvenanceSchema.optional(),
  relativeTo: BaseSchema.optional(),
  numeratorEstimateId: IdSchema.optional(),
  /** When the figure was current ("as of 2018"), which may differ from when it was published. */
  asOf: PartialDateSchema.optional(),
  /** The id of the estimate this one revises: a 2018 figure that replaces a 2016 one. */
  supersedes: IdSchema.optional(),
  /** The actor who stated the figure, when that is not the report's authors. */
  statedBy: IdSchema.optional(),
});

type EstimateShape = z.output<typeof EstimateObjectSchema>;

const EstimateSchemaImpl = EstimateObjectSchema.superRefine(checkEstimate).register(
  schemaRegistry,
  {
    id: 'Estimate',
    title: 'Estimate',
    description:
      'A figure a source gives: metric, range (@reckon/range JSON), place, period, basis, method, confidence, quotes and provenance chains, revision (asOf, supersedes) and who stated it; optionally a share of a base.',
  },
);

type EstimateSchemaImplType = typeof EstimateSchemaImpl;

/** The type of {@link EstimateSchema}, named so that declaration files and editors refer to it by name. */
export interface EstimateSchemaType extends EstimateSchemaImplType {}

/**
 * A figure a source gives: what is measured (`metric`, and a stable `metricKey` such as
 * `scam-revenue`), the `range` in @reckon/range JSON form (its `meaning` says whether it is hard
 * bounds, a confidence interval, scenarios or ±), where (`geography`) and when (`period`; a
 * rate such as "per year" lives in the unit), the `basis` and `method`, `confidence` wording,
 * the `quotes` that give it, and its `provenance` (one or more chains). `asOf` says when the figure was current,
 * `supersedes` names the estimate it revises (a revision is history, not disagreement), and
 * `statedBy` the actor who stated it when that is not the report's authors.
 *
 * A **relative** estimate is a share of a base: "as much as 60% of GDP" has a dimensionless
 * range (`%`), `relativeTo` describing the base (GDP of Cambodia), and `numeratorEstimateId`
 * naming the estimate it expresses as a share (the revenue).
 *
 * @example
 * ```ts
 * import { parseEstimate } from '@reckon/schema';
 * const share = parseEstimate({
 *   id: 'share-of-gdp',
 *   metric: 'scam revenue as a share of GDP',
 *   range: { low: null, high: 60, unit: '%', qualifier: 'at-most' },
 *   relativeTo: { metric: 'GDP', metricKey: 'gdp', geography: [{ kind: 'country', code: 'KH' }] },
 *   numeratorEstimateId: 'revenue',
 * });
 * share.range.high; // => 60
 * ```
 */
export const EstimateSchema: EstimateSchemaType = EstimateSchemaImpl;

/** A figure a source gives; see {@link EstimateSchema}. */
export interface Estimate extends z.output<EstimateSchemaType> {}
