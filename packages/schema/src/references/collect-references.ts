import type { Claim } from '../claim';
import type { Provenance } from '../common/provenance';
import type { Quote } from '../common/quote';
import type { DossierShape } from '../dossier-shape';
import type { Estimate } from '../estimate';
import type { PathSegment } from '../issues/types';
import type { EntityKind } from './entity-kind';

type Path = readonly PathSegment[];

/**
 * One id a dossier refers to, and what kinds of entity it may name. Its path is `base` (the
 * entity holding it, shared by all of that entity's references) then `tail`: building a full
 * path for each of tens of thousands of valid references would be wasted work.
 */
export interface Reference {
  readonly id: string;
  readonly expects: readonly EntityKind[];
  readonly base: Path;
  readonly tail: Path;
}

/** The full path of a reference, from the top of the dossier. */
export const referencePath = (ref: Reference): PathSegment[] => [...ref.base, ...ref.tail];

// A report is a source too: citations may name either.
const CITABLE: readonly EntityKind[] = ['source', 'report'];
const ACTOR: readonly EntityKind[] = ['actor'];
const ESTIMATE: readonly EntityKind[] = ['estimate'];

/**
 * Lists every reference in a dossier: each field that holds the id of another entity, with the
 * kinds it may name. The one place that knows which fields are references.
 *
 * @param dossier - a parsed dossier
 * @returns the references, in document order
 */
export function collectReferences(dossier: DossierShape): Reference[] {
  const refs: Reference[] = [];
  const one = (base: Path, tail: Path, id: string | undefined, expects: readonly EntityKind[]) => {
    if (id !== undefined) refs.push({ id, expects, base, tail });
  };
  const many = (
    base: Path,
    field: string,
    ids: readonly string[] | undefined,
    expects: readonly EntityKind[],
  ) => {
    if (ids === undefined) return;
    for (let i = 0; i < ids.length; i++) {
      refs.push({ id: ids[i] as string, expects, base, tail: [field, i] });
    }
  };
  const quote = (base: Path, prefix: Path, q: Quote | undefined) => {
    if (q === undefined) return;
    one(base, [...prefix, 'speakerId'], q.speakerId, ACTOR);
    one(base, [...prefix, 'sourceId'], q.sourceId, CITABLE);
  };
  const provenance = (base: Path, chains: Provenance | undefined) => {
    if (chains === undefined) return;
    chains.forEach((steps, i) => {
      steps.forEach((step, j) => {
        one(base, ['provenance', i, j, 'sourceId'], step.sourceId, CITABLE);
      });
    });
  };
  const claim = (base: Path, c: Claim) => {
    quote(base, ['quote'], c.quote);
    one(base, ['claimantId'], c.claimantId, ACTOR);
    many(base, 'subjectIds', c.subjectIds, ACTOR);
    many(base, 'estimateIds', c.estimateIds, ESTIMATE);
    provenance(base, c.provenance);
    c.reviews?.forEach((review, i) => {
      one(base, ['reviews', i, 'reviewerId'], review.reviewerId, ACTOR);
    });
  };
  const estimate = (base: Path, e: Estimate) => {
    e.quotes?.forEach((q, j) => {
      quote(base, ['quotes', j], q);
    });
    provenance(base, e.provenance);
    one(base, ['relativeTo', 'estimateId'], e.relativeTo?.estimateId, ESTIMATE);
    one(base, ['numeratorEstimateId'], e.numeratorEstimateId, ESTIMATE);
    one(base, ['supersedes'], e.supersedes, ESTIMATE);
    one(base, ['statedBy'], e.statedBy, ACTOR);
  };

  dossier.actors.forEach((actor, i) => {
    const base = ['actors', i];
    actor.roles?.forEach((role, j) => {
      one(base, ['roles', j, 'bodyId'], role.bodyId, ACTOR);
    });
    actor.affiliations?.forEach((affiliation, j) => {
      one(base, ['affiliations', j, 'actorId'], affiliation.actorId, ACTOR);
    });
  });
  dossier.sources.forEach((source, i) => {
    const base = ['sources', i];
    many(base, 'authorIds', source.authorIds, ACTOR);
    one(base, ['publisherId'], source.publisherId, ACTOR);
  });
  dossier.reports.forEach((report, i) => {
    const base = ['reports', i];
    many(base, 'authorIds', report.authorIds, ACTOR);
    one(base, ['publisherId'], report.publisherId, ACTOR);
    many(base, 'commissionedBy', report.commissionedBy, ACTOR);
    report.findings.forEach((c, j) => {
      claim(['reports', i, 'findings', j], c);
    });
    report.estimates.forEach((e, j) => {
      estimate(['reports', i, 'estimates', j], e);
    });
  });
  dossier.estimates.forEach((e, i) => {
    estimate(['estimates', i], e);
  });
  dossier.claims.forEach((c, i) => {
    claim(['claims', i], c);
  });
  dossier.responses.forEach((response, i) => {
    const base = ['responses', i];
    one(base, ['respondentId'], response.respondentId, ACTOR);
    one(base, ['role', 'bodyId'], response.role?.bodyId, ACTOR);
    many([...base, 'targets'], 'reportIds', response.targets.reportIds, ['report']);
    many([...base, 'targets'], 'claimIds', response.targets.claimIds, ['claim']);
    many([...base, 'targets'], 'estimateIds', response.targets.estimateIds, ESTIMATE);
    response.arguments.forEach((argument, j) => {
      many([...base, 'arguments', j], 'quoteIds', argument.quoteIds, ['quote']);
    });
    response.quotes.forEach((q, j) => {
      quote(base, ['quotes', j], q);
    });
    many(base, 'counterEstimateIds', response.counterEstimateIds, ESTIMATE);
    one(base, ['sourceId'], response.sourceId, CITABLE);
  });
  return refs;
}
