/** The kinds of entity that carry an id in a dossier, and so can be referred to. */
export type EntityKind =
  | 'actor'
  | 'source'
  | 'report'
  | 'claim'
  | 'estimate'
  | 'official-response'
  | 'quote';

/** How a message names each kind. */
export const ENTITY_KIND_WORDS: Readonly<Record<EntityKind, string>> = {
  actor: 'actor',
  source: 'source',
  report: 'report',
  claim: 'claim',
  estimate: 'estimate',
  'official-response': 'official response',
  quote: 'quote',
};
