import * as z from 'zod';
import { ConfidenceSchema } from './common/confidence';
import { IdSchema } from './common/id';
import { limits } from './common/limits';
import { ProvenanceSchema } from './common/provenance';
import { QuoteSchema } from './common/quote';
import { text } from './common/text';
import { UrlSchema } from './common/url';
import { messages } from './messages';
import { PartialDateSchema } from './partial-date/schema';
import { schemaRegistry } from './registry';

/**
 * The kinds of claim.
 *
 * @example
 * ```ts
 * import { CLAIM_KINDS } from '@reckon/schema';
 * CLAIM_KINDS; // => ['factual', 'causal', 'allegation', 'prediction', 'normative']
 * ```
 */
export const CLAIM_KINDS = ['factual', 'causal', 'allegation', 'prediction', 'normative'] as const;

const ReviewSchemaImpl = z
  .strictObject({
    reviewerId: IdSchema,
    rating: text(limits.name),
    ratingValue: z.number().optional(),
    worstRating: z.number().optional(),
    bestRating: z.number().optional(),
    date: PartialDateSchema.optional(),
    url: UrlSchema.optional(),
  })
  .superRefine((review, ctx) => {
    const { ratingValue: value, worstRating: worst, bestRating: best } = review;
    const issue = (message: string) =>
      ctx.addIssue({ code: 'custom', message, params: { code: 'invalid_rating' } });
    if (worst !== undefined && best !== undefined && worst > best) {
      issue(messages.ratingScaleReversed(worst, best));
    } else if (
      value !== undefined &&
      ((worst !== undefined && value < worst) || (best !== undefined && value > best))
    ) {
      issue(messages.ratingOutside(value, worst ?? value, best ?? value));
    }
  })
  .register(schemaRegistry, {
    id: 'Review',
    description:
      'A verdict on a claim: reviewer, rating in words, and an optional numeric rating on a scale.',
  });

type ReviewSchemaImplType = typeof ReviewSchemaImpl;

/** The type of {@link ReviewSchema}, named so that declaration files and editors refer to it by name. */
export interface ReviewSchemaType extends ReviewSchemaImplType {}

/**
 * A fact-checker's verdict on a claim (what schema.org calls a ClaimReview): who reviewed it,
 * the rating in words ("False", "Misleading") and, when the reviewer uses a numeric scale, the
 * value and the scale's ends.
 *
 * @example
 * ```ts
 * import { ReviewSchema } from '@reckon/schema';
 * ReviewSchema.safeParse({ reviewerId: 'fact-checker', rating: 'Misleading', ratingValue: 2, worstRating: 1, bestRating: 5 }).success;
 * // => true
 * ```
 */
export const ReviewSchema: ReviewSchemaType = ReviewSchemaImpl;

/** A verdict on a claim; see {@link ReviewSchema}. */
export interface Review extends z.output<ReviewSchemaType> {}

const ClaimSchemaImpl = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(CLAIM_KINDS),
    text: text(limits.text),
    quote: QuoteSchema.optional(),
    claimantId: IdSchema.optional(),
    subjectIds: z.array(IdSchema).max(limits.items).optional(),
    estimateIds: z.array(IdSchema).max(limits.items).optional(),
    confidence: ConfidenceSchema.optional(),
    provenance: ProvenanceSchema.optional(),
    reviews: z.array(ReviewSchema).max(limits.items).optional(),
  })
  .register(schemaRegistry, {
    id: 'Claim',
    title: 'Claim',
    description:
      'A statement attributed to an actor in a source, with its quote, its kind (factual, causal, allegation, prediction, normative), and any verdicts.',
  });

type ClaimSchemaImplType = typeof ClaimSchemaImpl;

/** The type of {@link ClaimSchema}, named so that declaration files and editors refer to it by name. */
export interface ClaimSchemaType extends ClaimSchemaImplType {}

/**
 * A statement attributed to an actor in a source: `text` says what is claimed, `quote` gives
 * the source's words, `kind` what sort of statement it is. `claimantId` is the actor who makes
 * it (absent when a source attributes it to a document, as "the report alleges"); `subjectIds`
 * are the actors it is about (the party it accuses); `estimateIds` the figures it rests on.
 *
 * @example
 * ```ts
 * import { parseClaim } from '@reckon/schema';
 * parseClaim({ id: 'c1', kind: 'allegation', text: 'The party profits from scams.', subjectIds: ['cpp'] }).kind;
 * // => 'allegation'
 * ```
 */
export const ClaimSchema: ClaimSchemaType = ClaimSchemaImpl;

/** A statement attributed to an actor in a source; see {@link ClaimSchema}. */
export interface Claim extends z.output<ClaimSchemaType> {}
