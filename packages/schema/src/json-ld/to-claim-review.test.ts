import { describe, expect, it } from 'vitest';
import { minimalText, seedText } from '../../test-fixtures/load';
import { type JsonLdNode, parseDossier, toClaimReview } from '../index';

const seedGraph = () => toClaimReview(parseDossier(JSON.parse(seedText())))['@graph'];
const byId = (graph: readonly JsonLdNode[], id: string) =>
  graph.find((node) => node['@id'] === `_:${id}`);

describe('toClaimReview', () => {
  it('writes a schema.org graph', () => {
    const document = toClaimReview(parseDossier(JSON.parse(seedText())));
    expect(document['@context']).toBe('https://schema.org');
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('writes money per year as a MonetaryAmount with min and max', () => {
    expect(byId(seedGraph(), 'cambodia-scam-revenue')).toEqual({
      '@type': 'Claim',
      '@id': '_:cambodia-scam-revenue',
      name: 'Revenue from scam operations in Cambodia',
      text: 'Formal estimates range from $12.5 to $19 billion per year',
      about: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        minValue: 12.5e9,
        maxValue: 19e9,
        name: 'USD/year',
      },
      spatialCoverage: { '@type': 'Country', identifier: 'KH', name: 'Cambodia' },
      appearance: [{ '@id': '_:policies-and-patterns' }, { '@id': '_:news-article' }],
    });
  });

  it('writes counts and shares as QuantitativeValue, leaving out an open bound', () => {
    const graph = seedGraph();
    expect(byId(graph, 'scam-labour-force')?.about).toEqual({
      '@type': 'QuantitativeValue',
      minValue: 350000,
      unitText: 'people',
    });
    expect(byId(graph, 'cambodia-scam-revenue-share-of-gdp')?.about).toEqual({
      '@type': 'QuantitativeValue',
      maxValue: 60,
      unitText: '%',
    });
  });

  it('writes a region with the countries it contains', () => {
    const region = byId(seedGraph(), 'regional-scam-revenue')?.spatialCoverage as JsonLdNode;
    expect(region).toMatchObject({ '@type': 'Place', name: 'Southeast Asia', identifier: '035' });
    expect(region.containsPlace).toHaveLength(11);
  });

  it('writes findings as Claims about the actors they accuse, without inventing a verdict', () => {
    const graph = seedGraph();
    expect(byId(graph, 'finding-cpp-profits')).toMatchObject({
      '@type': 'Claim',
      about: { '@id': '_:cpp' },
    });
    expect(graph.filter((node) => node['@type'] === 'ClaimReview')).toEqual([]);
  });

  it('writes the spokesman’s direct quotes as his claims, and leaves out a date without a year', () => {
    const graph = seedGraph();
    const quote = byId(graph, 'quote-not-a-superpower');
    expect(quote).toMatchObject({
      '@type': 'Claim',
      author: { '@id': '_:touch-sokhak' },
      appearance: { '@id': '_:news-article' },
    });
    expect(quote).not.toHaveProperty('datePublished');
    // Reported speech is the article's wording, not his: it is not exported as his claim.
    expect(byId(graph, 'quote-us-flag')).toBeUndefined();
  });

  it('writes a ClaimReview for each verdict, with its rating', () => {
    const document = JSON.parse(minimalText());
    document.actors.push({ id: 'checker', kind: 'organisation', name: 'Checker' });
    document.reports[0].findings[0].reviews = [
      {
        reviewerId: 'checker',
        rating: 'Mostly false',
        ratingValue: 2,
        worstRating: 1,
        bestRating: 5,
        date: '2025-06',
      },
    ];
    const reviews = toClaimReview(parseDossier(document))['@graph'].filter(
      (node) => node['@type'] === 'ClaimReview',
    );
    expect(reviews).toEqual([
      {
        '@type': 'ClaimReview',
        claimReviewed: 'Something happened.',
        itemReviewed: { '@id': '_:claim' },
        author: { '@id': '_:checker' },
        datePublished: '2025-06',
        reviewRating: {
          '@type': 'Rating',
          alternateName: 'Mostly false',
          ratingValue: 2,
          bestRating: 5,
          worstRating: 1,
        },
      },
    ]);
  });

  it('types actors and sources by kind', () => {
    const graph = seedGraph();
    expect(byId(graph, 'kh-ministry-of-interior')).toMatchObject({
      '@type': 'GovernmentOrganization',
      parentOrganization: { '@id': '_:kh-government' },
    });
    expect(byId(graph, 'touch-sokhak')).toMatchObject({
      '@type': 'Person',
      jobTitle: 'spokesperson',
    });
    expect(byId(graph, 'news-article')?.['@type']).toBe('NewsArticle');
    expect(byId(graph, 'policies-and-patterns')).toMatchObject({
      '@type': 'Report',
      author: { '@id': '_:jacob-sims' },
    });
  });
});
