/**
 * Verbs of revision: after one, "from X to Y" states an old and a new figure, not a range
 * ("revised the toll from 120 to 1,400").
 */
export const REVISION_VERBS: ReadonlySet<string> = new Set(
  [
    ['raise', 'raises', 'raised', 'raising'],
    ['revise', 'revises', 'revised', 'revising'],
    ['lower', 'lowers', 'lowered', 'lowering'],
    ['update', 'updates', 'updated', 'updating'],
    ['correct', 'corrects', 'corrected', 'correcting'],
    ['reduce', 'reduces', 'reduced', 'reducing'],
    ['cut', 'cuts', 'cutting'],
    ['trim', 'trims', 'trimmed', 'trimming'],
    ['lift', 'lifts', 'lifted', 'lifting'],
    ['upgrade', 'upgrades', 'upgraded', 'upgrading'],
    ['downgrade', 'downgrades', 'downgraded', 'downgrading'],
    ['adjust', 'adjusts', 'adjusted', 'adjusting'],
  ].flat(),
);
