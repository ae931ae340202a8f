/**
 * Verbs of revision: after one, "from X to Y" states an old and a new figure, not a range
 * ("revised the toll from 120 to 1,400").
 */
export const REVISION_VERBS: ReadonlySet<string> = new Set([
  'raised',
  'raises',
  'raising',
  'revised',
  'revises',
  'revising',
  'lowered',
  'lowers',
  'lowering',
  'updated',
  'updates',
  'updating',
  'corrected',
  'corrects',
  'correcting',
  'upgraded',
  'downgraded',
  'adjusted',
]);
