import type { Actor } from '../actor';
import type { Geography } from '../common/geography';
import type { Report } from '../report';
import type { Source } from '../source';
import { node, nodeId, ref, schemaOrgDate } from './build';
import type { JsonLdNode } from './types';

const ACTOR_TYPES: Readonly<Record<Actor['kind'], string>> = {
  person: 'Person',
  organisation: 'Organization',
  'government-body': 'GovernmentOrganization',
  'political-office': 'GovernmentOrganization',
  // schema.org has no political party type; the kind survives only as Organization.
  'political-party': 'Organization',
};

const SOURCE_TYPES: Readonly<Record<Source['kind'], string>> = {
  report: 'Report',
  'news-article': 'NewsArticle',
  statement: 'CreativeWork',
  'press-release': 'CreativeWork',
  transcript: 'CreativeWork',
  interview: 'CreativeWork',
  dataset: 'Dataset',
  'social-post': 'SocialMediaPosting',
  'journal-article': 'ScholarlyArticle',
  book: 'Book',
  'web-page': 'WebPage',
  video: 'VideoObject',
  other: 'CreativeWork',
};

/** A person or organisation; roles become `jobTitle`, bodies and affiliations `affiliation`. */
export function actorNode(actor: Actor): JsonLdNode {
  const person = actor.kind === 'person';
  const bodies = [
    ...(actor.roles ?? []).flatMap((role) => (role.bodyId ? [role.bodyId] : [])),
    ...(actor.affiliations ?? []).map((affiliation) => affiliation.actorId),
  ];
  return node({
    '@type': ACTOR_TYPES[actor.kind],
    '@id': nodeId(actor.id),
    name: actor.name,
    alternateName: [...(actor.aliases ?? []), ...(actor.transliterations ?? []).map((t) => t.text)],
    description: actor.description,
    url: actor.url,
    jobTitle: person ? (actor.roles ?? []).map((role) => role.title) : undefined,
    [person ? 'affiliation' : 'parentOrganization']: [...new Set(bodies)].map(ref),
  });
}

/** A cited document, typed by its kind (`NewsArticle`, `Report`, `Dataset`…). */
export function sourceNode(source: Source): JsonLdNode {
  return node({
    '@type': SOURCE_TYPES[source.kind],
    '@id': nodeId(source.id),
    name: source.title,
    description: source.description,
    author: (source.authorIds ?? []).map(ref),
    publisher: source.publisherId ? ref(source.publisherId) : undefined,
    url: source.url,
    datePublished: schemaOrgDate(source.published),
    inLanguage: source.language,
  });
}

/** A report as a schema.org `Report`; its findings and estimates become separate claims. */
export function reportNode(report: Report): JsonLdNode {
  return node({
    '@type': 'Report',
    '@id': nodeId(report.id),
    name: report.title,
    description: report.description,
    abstract: report.summary,
    author: (report.authorIds ?? []).map(ref),
    publisher: report.publisherId ? ref(report.publisherId) : undefined,
    url: report.url,
    datePublished: schemaOrgDate(report.published),
    inLanguage: report.language,
  });
}

/** A place: a `Country`, an `AdministrativeArea`, or a named `Place` for a region. */
export function placeNode(place: Geography): JsonLdNode {
  switch (place.kind) {
    case 'country':
      return node({ '@type': 'Country', identifier: place.code, name: countryName(place.code) });
    case 'subdivision':
      return node({ '@type': 'AdministrativeArea', identifier: place.code });
    case 'region':
      return node({
        '@type': 'Place',
        name: place.name,
        identifier: place.m49,
        containsPlace: (place.countries ?? []).map((code) =>
          node({ '@type': 'Country', identifier: code, name: countryName(code) }),
        ),
      });
  }
}

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
