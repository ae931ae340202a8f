import type { Actor } from '../actor';
import type { OfficialResponse } from '../official-response';

const OFFICIAL_KINDS: ReadonlySet<Actor['kind']> = new Set(['government-body', 'political-office']);

/**
 * Whether a response is official: `official` when the dossier says so either way; otherwise
 * when the respondent is a government body or a political office, or speaks in a role held in
 * one (the response's `role.bodyId`, or else any role the respondent holds). A campaigner's or
 * an academic's rebuttal is a response, not an official one.
 *
 * @param response - a response from the dossier
 * @param actors - the dossier's actors (the respondent and bodies are looked up here)
 * @returns true when the response is official
 * @throws never; an id that names no actor counts as not official
 * @example
 * ```ts
 * import { isOfficialResponse } from '@reckon/schema';
 * const actors = [
 *   { id: 'ministry', kind: 'government-body', name: 'Ministry of Labour' },
 *   { id: 'official', kind: 'person', description: 'a ministry official who was not named', roles: [{ title: 'official', bodyId: 'ministry' }] },
 *   { id: 'campaign', kind: 'organisation', name: 'A campaign' },
 * ] as const;
 * const response = { respondentId: 'official', stance: 'denies' } as const;
 * isOfficialResponse(response, actors); // => true
 * isOfficialResponse({ respondentId: 'campaign', stance: 'denies' }, actors); // => false
 * isOfficialResponse({ respondentId: 'campaign', stance: 'denies', official: true }, actors); // => true
 * ```
 */
export function isOfficialResponse(
  response: Pick<OfficialResponse, 'respondentId' | 'role' | 'official'>,
  actors: readonly Pick<Actor, 'id' | 'kind' | 'roles'>[],
): boolean {
  if (response.official !== undefined) return response.official;
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const official = (id: string | undefined) => {
    const kind = id === undefined ? undefined : byId.get(id)?.kind;
    return kind !== undefined && OFFICIAL_KINDS.has(kind);
  };
  if (official(response.respondentId)) return true;
  if (response.role?.bodyId !== undefined) return official(response.role.bodyId);
  return (byId.get(response.respondentId)?.roles ?? []).some((role) => official(role.bodyId));
}
