import { buildTrie } from './trie';

/** Whether a change word makes the quantity after it a decrease (-1) or a rise (+1). */
export interface Change {
  readonly sign: -1 | 1;
  /** Ends in "by" or "of": any comparative may follow ("fell by as much as 5%"). */
  readonly by: boolean;
}

/**
 * Verbs of fall and rise in every form a report writes them. Each also takes "by".
 * The labelling convention's verbs, and the common verbs that mean the same ("plunged",
 * "tumbled", "soared"); verbs that say who acted ("raised", "reduced … by") are not
 * changes, and the phrase starts after them.
 */
const fallVerbs = [
  ['fall', 'falls', 'fell', 'fallen', 'falling'],
  ['drop', 'drops', 'dropped', 'dropping'],
  ['decline', 'declines', 'declined', 'declining'],
  ['decrease', 'decreases', 'decreased', 'decreasing'],
  ['slump', 'slumps', 'slumped', 'slumping'],
  ['shrink', 'shrinks', 'shrank', 'shrunk', 'shrinking'],
  ['contract', 'contracts', 'contracted', 'contracting'],
  ['cut', 'cuts', 'cutting'],
  ['slash', 'slashes', 'slashed', 'slashing'],
  ['lose', 'loses', 'lost', 'losing'],
  ['shed', 'sheds', 'shedding'],
  ['tumble', 'tumbles', 'tumbled', 'tumbling'],
  ['plunge', 'plunges', 'plunged', 'plunging'],
  ['plummet', 'plummets', 'plummeted', 'plummeting'],
  ['sink', 'sinks', 'sank', 'sunk', 'sinking'],
  ['slide', 'slides', 'slid', 'sliding'],
  ['dip', 'dips', 'dipped', 'dipping'],
  ['slip', 'slips', 'slipped', 'slipping'],
  // The markets' verbs. A form that is also a common noun or adjective right before a number
  // is left out ("a cool $5 million", "the crash 10 years ago", "a dive 30 metres deep"), and
  // so are verbs whose object is a count as often as their move is a change ("rallied 5,000
  // supporters", "advanced 30 miles").
  ['ease', 'eases', 'eased', 'easing'],
  ['soften', 'softens', 'softened', 'softening'],
  ['weaken', 'weakens', 'weakened', 'weakening'],
  ['depreciate', 'depreciates', 'depreciated', 'depreciating'],
  ['cooled', 'cooling'],
  ['retreats', 'retreated', 'retreating'],
  ['crashed', 'crashing'],
  ['dived', 'diving'],
  ['collapsed', 'collapsing'],
].flat();
const riseVerbs = [
  ['rise', 'rises', 'rose', 'risen', 'rising'],
  ['grow', 'grows', 'grew', 'grown', 'growing'],
  ['increase', 'increases', 'increased', 'increasing'],
  ['climb', 'climbs', 'climbed', 'climbing'],
  ['jump', 'jumps', 'jumped', 'jumping'],
  ['surge', 'surges', 'surged', 'surging'],
  ['soar', 'soars', 'soared', 'soaring'],
  ['gain', 'gains', 'gained', 'gaining'],
  ['expand', 'expands', 'expanded', 'expanding'],
  ['strengthen', 'strengthens', 'strengthened', 'strengthening'],
  ['appreciate', 'appreciates', 'appreciated', 'appreciating'],
  ['rebound', 'rebounds', 'rebounded', 'rebounding'],
  ['skyrocket', 'skyrockets', 'skyrocketed', 'skyrocketing'],
  ['spiked', 'spiking'],
  ['firmed', 'firming'],
].flat();

/**
 * Nouns of change, before "of" ("a fall of 12%") or after the number ("a 12% slump"): the
 * verbs above that are nouns too ("a shrink of", "a tumble of"), and the nouns made from
 * them ("a contraction of", "a reduction of", "a growth of"), as the convention reads them.
 */
const fallNouns = [
  'fall',
  'drop',
  'decline',
  'decrease',
  'cut',
  'contraction',
  'slump',
  'plunge',
  'dip',
  'slide',
  'slip',
  'tumble',
  'shrink',
  'loss',
  'reduction',
];
const riseNouns = ['rise', 'increase', 'jump', 'surge', 'climb', 'growth', 'gain', 'hike'];

const entries = (words: readonly string[], sign: -1 | 1): [string, Change][] =>
  words.flatMap((w): [string, Change][] => [
    [w, { sign, by: false }],
    [`${w} by`, { sign, by: true }],
  ]);

/** "a fall of", "an increase of", "a growth of", and without the article, "drop of". */
const nounsOf = (nouns: readonly string[], sign: -1 | 1): [string, Change][] =>
  nouns.flatMap((n): [string, Change][] => [
    [`${/^[aeiou]/.test(n) ? 'an' : 'a'} ${n} of`, { sign, by: true }],
    [`${n} of`, { sign, by: true }],
  ]);

/**
 * The verbs of change: right after one, as after a verb of revision, "from X to Y" states
 * the old level and the new one ("rose from 5% to 7%"), not a range. "up" and "down" are
 * not among them: "up to 60% from current levels" is a bound.
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([...fallVerbs, ...riseVerbs]);

/**
 * The change words of the labelling convention, read as part of the phrase: "fell by
 * 3-5%" is [-5, -3] %, "a decline of 2%" is -2 %, "rose by 6.5 per cent" stays 6.5 %,
 * "slashed by $800 million" is -8e8 USD.
 */
export const CHANGES = buildTrie<Change>([
  ...entries([...fallVerbs, 'down'], -1),
  ...entries([...riseVerbs, 'up'], 1),
  ...nounsOf(fallNouns, -1),
  ...nounsOf(riseNouns, 1),
]);

/** A change noun right after the number: "a 12% slump", "a 3.1% contraction". */
export const CHANGE_AFTER: ReadonlyMap<string, -1 | 1> = new Map([
  ...fallNouns.map((n): [string, -1 | 1] => [n, -1]),
  ...riseNouns.map((n): [string, -1 | 1] => [n, 1]),
]);
