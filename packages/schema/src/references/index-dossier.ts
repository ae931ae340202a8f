import type { Actor } from '../actor';
import type { Claim } from '../claim';
import type { Quote } from '../common/quote';
import type { DossierShape } from '../dossier-shape';
import type { Estimate } from '../estimate';
import type { PathSegment } from '../issues/types';
import type { OfficialResponse } from '../official-response';
import type { Report } from '../report';
import type { Source } from '../source';

/**
 * An entity found in a dossier, with its `path` (`['reports', 0, 'estimates', 2]`) and, for
 * what lives inside a report or response, the id of that owner.
 */
export type IndexedEntity =
  | { readonly kind: 'actor'; readonly entity: Actor; readonly path: readonly PathSegment[] }
  | { readonly kind: 'source'; readonly entity: Source; readonly path: readonly PathSegment[] }
  | { readonly kind: 'report'; readonly entity: Report; readonly path: readonly PathSegment[] }
  | {
      readonly kind: 'claim';
      readonly entity: Claim;
      readonly path: readonly PathSegment[];
      readonly reportId?: string;
    }
  | {
      readonly kind: 'estimate';
      readonly entity: Estimate;
      readonly path: readonly PathSegment[];
      readonly reportId?: string;
    }
  | {
      readonly kind: 'official-response';
      readonly entity: OfficialResponse;
      readonly path: readonly PathSegment[];
    }
  | {
      readonly kind: 'quote';
      readonly entity: Quote & { readonly id: string };
      readonly path: readonly PathSegment[];
      /** The claim, estimate or response the quote belongs to. */
      readonly ownerId: string;
    };

/** An id used a second time, with where it was first used. */
export interface DuplicateId {
  readonly id: string;
  readonly path: readonly PathSegment[];
  readonly firstPath: readonly PathSegment[];
}

/** Every entity of a dossier by id, and the ids used twice. */
export interface DossierIndex {
  readonly byId: ReadonlyMap<string, IndexedEntity>;
  readonly duplicates: readonly DuplicateId[];
}

/**
 * Finds every entity with an id in a dossier, wherever it lives (a report's estimates, a
 * response's quotes…), so tools can look one up by id and walk the dossier without knowing its
 * layout. The first entity with an id wins; later ones are listed in `duplicates`.
 *
 * @param dossier - a parsed dossier
 * @returns the entities by id, and the duplicates
 * @throws never
 * @example
 * ```ts
 * import { indexDossier, parseDossier } from '@reckon/schema';
 * const dossier = parseDossier({
 *   schemaVersion: '0.2',
 *   reports: [{ id: 'r', title: 'R', estimates: [{ id: 'e', metric: 'm', range: { low: 1, high: 2, unit: 'USD' } }] }],
 * });
 * const found = indexDossier(dossier).byId.get('e');
 * found?.kind; // => 'estimate'
 * found?.path; // => ['reports', 0, 'estimates', 0]
 * ```
 */
export function indexDossier(dossier: DossierShape): DossierIndex {
  const byId = new Map<string, IndexedEntity>();
  const duplicates: DuplicateId[] = [];
  const add = (entry: IndexedEntity) => {
    const id = entry.entity.id;
    const first = byId.get(id);
    if (first) duplicates.push({ id, path: entry.path, firstPath: first.path });
    else byId.set(id, entry);
  };
  const addQuote = (quote: Quote | undefined, path: readonly PathSegment[], ownerId: string) => {
    if (quote?.id !== undefined) {
      add({ kind: 'quote', entity: quote as Quote & { id: string }, path, ownerId });
    }
  };
  const addClaim = (claim: Claim, path: readonly PathSegment[], reportId?: string) => {
    add(
      reportId === undefined
        ? { kind: 'claim', entity: claim, path }
        : { kind: 'claim', entity: claim, path, reportId },
    );
    addQuote(claim.quote, [...path, 'quote'], claim.id);
  };
  const addEstimate = (estimate: Estimate, path: readonly PathSegment[], reportId?: string) => {
    add(
      reportId === undefined
        ? { kind: 'estimate', entity: estimate, path }
        : { kind: 'estimate', entity: estimate, path, reportId },
    );
    estimate.quotes?.forEach((quote, j) => {
      addQuote(quote, [...path, 'quotes', j], estimate.id);
    });
  };

  dossier.actors.forEach((actor, i) => {
    add({ kind: 'actor', entity: actor, path: ['actors', i] });
  });
  dossier.sources.forEach((source, i) => {
    add({ kind: 'source', entity: source, path: ['sources', i] });
  });
  dossier.reports.forEach((report, i) => {
    add({ kind: 'report', entity: report, path: ['reports', i] });
    report.findings.forEach((claim, j) => {
      addClaim(claim, ['reports', i, 'findings', j], report.id);
    });
    report.estimates.forEach((estimate, j) => {
      addEstimate(estimate, ['reports', i, 'estimates', j], report.id);
    });
  });
  dossier.estimates.forEach((estimate, i) => {
    addEstimate(estimate, ['estimates', i]);
  });
  dossier.claims.forEach((claim, i) => {
    addClaim(claim, ['claims', i]);
  });
  dossier.responses.forEach((response, i) => {
    add({ kind: 'official-response', entity: response, path: ['responses', i] });
    response.quotes.forEach((quote, j) => {
      addQuote(quote, ['responses', i, 'quotes', j], response.id);
    });
  });
  return { byId, duplicates };
}
