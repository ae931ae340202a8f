import type { Actor, Dossier, IndexedEntity, Report, Source } from '@reckon/schema';
import { formatPath, indexDossier } from '@reckon/schema';
import { type CountryNamer, countryNamer } from './format/scope';
import type { ResolvedOptions } from './options';

/**
 * What every builder needs while one brief is built: the resolved options, the dossier's
 * entities by id (empty when an entity is rendered on its own), and the citations collected so
 * far, numbered in order of first use. One context per build: nothing outlives the call, so
 * the same input always gives the same tree.
 */
export interface BriefContext {
  readonly options: ResolvedOptions;
  readonly byId: ReadonlyMap<string, IndexedEntity>;
  readonly citations: CitationOrder;
  /**
   * Claims already listed in this brief, with their number in their list and the report they
   * belong to, so a response after them can refer to them by number instead of repeating them.
   */
  readonly listed: Map<string, { readonly number: number; readonly reportId: string | undefined }>;
  /** Country names in the brief's locale, looked up once each. */
  readonly countryName: CountryNamer;
}

/** One citation: a source or report, and where in it (`p. 12`), if said. */
export interface Citation {
  readonly id: string;
  readonly locator: string | undefined;
}

/**
 * The citations of one build, numbered from 1 in order of first use, so footnote numbers
 * follow the reading order and never depend on the order of the dossier's lists. A source
 * cited at two places in it (`p. 4`, `p. 12`) gets two footnotes, as in print.
 */
export class CitationOrder {
  readonly #numbers = new Map<string, { readonly n: number; readonly citation: Citation }>();

  /**
   * The footnote number of a citation, given on first use.
   *
   * @param id - the source or report id
   * @param locator - where in it, if said
   * @returns its number, from 1
   * @throws never
   */
  number(id: string, locator?: string): number {
    // A NUL cannot occur in an id, so the key is unambiguous.
    const key = `${id}\u0000${locator ?? ''}`;
    let entry = this.#numbers.get(key);
    if (entry === undefined) {
      entry = { n: this.#numbers.size + 1, citation: { id, locator } };
      this.#numbers.set(key, entry);
    }
    return entry.n;
  }

  /**
   * The citations in footnote order.
   *
   * @returns the citations
   * @throws never
   */
  cited(): readonly Citation[] {
    return [...this.#numbers.values()].map((entry) => entry.citation);
  }
}

/**
 * Starts the context for one build.
 *
 * @param options - resolved options
 * @param dossier - the dossier whose ids the brief resolves, if any
 * @returns a fresh context
 * @throws never
 */
export function createContext(
  options: ResolvedOptions,
  dossier: Dossier | undefined,
): BriefContext {
  const byId =
    dossier === undefined ? new Map<string, IndexedEntity>() : indexDossier(dossier).byId;
  return {
    options,
    byId,
    citations: new CitationOrder(),
    listed: new Map(),
    countryName: countryNamer(options.locale),
  };
}

/**
 * The actor with this id, if the dossier has one.
 *
 * @param context - the build's context
 * @param id - an actor id
 * @returns the actor, or undefined
 * @throws never
 */
export function actorOf(context: BriefContext, id: string): Actor | undefined {
  const found = context.byId.get(id);
  return found?.kind === 'actor' ? found.entity : undefined;
}

/**
 * The source or report with this id (a report is a source too), if the dossier has one.
 *
 * @param context - the build's context
 * @param id - a source or report id
 * @returns the entity and which it is, or undefined
 * @throws never
 */
export function sourceOf(
  context: BriefContext,
  id: string,
):
  | { readonly kind: 'source'; readonly entity: Source }
  | { readonly kind: 'report'; readonly entity: Report }
  | undefined {
  const found = context.byId.get(id);
  if (found?.kind === 'source') return { kind: 'source', entity: found.entity };
  if (found?.kind === 'report') return { kind: 'report', entity: found.entity };
  return undefined;
}

/**
 * Where an entity is in the dossier, as error messages write it (`reports[0].estimates[2]`),
 * or its id when the brief has no dossier to look in.
 *
 * @param context - the build's context
 * @param id - the entity's id
 * @returns the path as text
 * @throws never
 */
export function pathOf(context: BriefContext, id: string): string {
  const found = context.byId.get(id);
  return found === undefined ? `id ${id}` : formatPath(found.path);
}
