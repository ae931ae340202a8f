import type { Claim } from '../claim';
import type { Dossier } from '../dossier';
import type { Estimate } from '../estimate';
import { node, nodeId, ref, schemaOrgDate } from './build';
import { actorNode, placeNode, reportNode, sourceNode } from './entity-nodes';
import { quantityNode } from './quantity';
import type { JsonLdDocument, JsonLdNode } from './types';

/** Where a claim or estimate appears: its report, then each document in its provenance. */
function appearances(reportId: string | undefined, provenance: Claim['provenance']): JsonLdNode[] {
  const steps = (provenance ?? []).flat();
  const ids = [...(reportId ? [reportId] : []), ...steps.map((step) => step.sourceId)];
  return [...new Set(ids)].map(ref);
}

function claimNodes(claim: Claim, reportId: string | undefined): JsonLdNode[] {
  const claimNode = node({
    '@type': 'Claim',
    '@id': nodeId(claim.id),
    text: claim.text,
    author: claim.claimantId ? ref(claim.claimantId) : undefined,
    about: (claim.subjectIds ?? []).map(ref),
    appearance: appearances(reportId, claim.provenance),
  });
  const reviews = (claim.reviews ?? []).map((review) =>
    node({
      '@type': 'ClaimReview',
      claimReviewed: claim.text,
      itemReviewed: ref(claim.id),
      author: ref(review.reviewerId),
      datePublished: schemaOrgDate(review.date),
      url: review.url,
      reviewRating: node({
        '@type': 'Rating',
        alternateName: review.rating,
        ratingValue: review.ratingValue,
        bestRating: review.bestRating,
        worstRating: review.worstRating,
      }),
    }),
  );
  return [claimNode, ...reviews];
}

function estimateNode(estimate: Estimate, reportId: string | undefined): JsonLdNode {
  return node({
    '@type': 'Claim',
    '@id': nodeId(estimate.id),
    name: estimate.metric,
    text: estimate.quotes?.[0]?.text,
    about: quantityNode(estimate),
    spatialCoverage: (estimate.geography ?? []).map(placeNode),
    appearance: appearances(reportId, estimate.provenance),
  });
}

/**
 * Exports a dossier as schema.org JSON-LD, for search engines and fact-checking tools:
 * actors as `Person`/`Organization`/`GovernmentOrganization`, sources and reports as
 * `NewsArticle`/`Report`/…, findings and free-standing claims as `Claim` (with a `ClaimReview`
 * for each verdict in `reviews`), estimates as `Claim`s whose `about` is a `MonetaryAmount` or
 * `QuantitativeValue` with `minValue`/`maxValue`, and each direct quote of an official response
 * as a `Claim` by the respondent about what it targets.
 *
 * schema.org cannot say everything a dossier does; dropped: whether a bound is inclusive, the
 * qualifier and meaning of a range (interval, scenarios…), a price year, the rate of a
 * `MonetaryAmount` (kept only as its `name`, e.g. `USD/year`), relative estimates' base, an
 * estimate's period, basis, method and confidence, a response's stance, channel and typed
 * arguments, paraphrased quotes, and dates without a year (`XXXX-05-20`). A `ClaimReview` is
 * written only where the dossier holds a verdict: an official response is not one.
 *
 * @param dossier - a parsed dossier
 * @returns a JSON-LD document `{ "@context": "https://schema.org", "@graph": [...] }`
 * @throws never for a dossier that `parseDossier` accepted
 * @example
 * ```ts
 * import { parseDossier, toClaimReview } from '@reckon/schema';
 * const dossier = parseDossier({
 *   schemaVersion: '0.2',
 *   reports: [{ id: 'r', title: 'R', estimates: [
 *     { id: 'e', metric: 'scam revenue', range: { low: 12.5e9, high: 19e9, unit: 'USD/year' } },
 *   ] }],
 * });
 * toClaimReview(dossier)['@graph'][1];
 * // => { '@type': 'Claim', '@id': '_:e', name: 'scam revenue', about: { '@type': 'MonetaryAmount', currency: 'USD', minValue: 12500000000, maxValue: 19000000000, name: 'USD/year' }, appearance: { '@id': '_:r' } }
 * ```
 */
export function toClaimReview(dossier: Dossier): JsonLdDocument {
  const graph: JsonLdNode[] = [
    ...dossier.actors.map(actorNode),
    ...dossier.sources.map(sourceNode),
  ];
  for (const report of dossier.reports) {
    graph.push(reportNode(report));
    for (const claim of report.findings) graph.push(...claimNodes(claim, report.id));
    for (const estimate of report.estimates) graph.push(estimateNode(estimate, report.id));
  }
  for (const estimate of dossier.estimates) graph.push(estimateNode(estimate, undefined));
  for (const claim of dossier.claims) graph.push(...claimNodes(claim, undefined));
  for (const response of dossier.responses) {
    const targets = [
      ...(response.targets.reportIds ?? []),
      ...(response.targets.claimIds ?? []),
      ...(response.targets.estimateIds ?? []),
    ];
    response.quotes.forEach((quote, i) => {
      if (quote.form !== 'direct') return;
      graph.push(
        node({
          '@type': 'Claim',
          '@id': nodeId(quote.id ?? `${response.id}#quote-${i}`),
          text: quote.text,
          author: ref(quote.speakerId ?? response.respondentId),
          about: targets.map(ref),
          datePublished: schemaOrgDate(quote.date ?? response.date),
          appearance:
            (quote.sourceId ?? response.sourceId)
              ? ref((quote.sourceId ?? response.sourceId) as string)
              : undefined,
        }),
      );
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
