import { buildTrie } from './trie';

/** Whether a change word makes the quantity after it a decrease (-1) or a rise (+1). */
export interface Change {
  readonly sign: -1 | 1;
  /** Ends in "by" or "of": any comparative may follow ("fell by as much as 5%"). */
  readonly by: boolean;
}

const falls = [
  'fell',
  'dropped',
  'declined',
  'decreased',
  'falls',
  'drops',
  'declines',
  'decreases',
];
const fallsBy = ['fall', 'fallen', 'drop', 'decline', 'decrease', ...falls];
const rises = ['rose', 'grew'];
const risesBy = [
  'rise',
  'rises',
  'risen',
  'grow',
  'grows',
  'grown',
  'increase',
  'increases',
  'increased',
  ...rises,
];

/**
 * The change words of the labelling convention, read as part of the phrase: "fell by
 * 3-5%" is [-5, -3] %, "a decline of 2%" is -2 %, "rose by 6.5 per cent" stays 6.5 %.
 * Other verbs ("up", "jumped", "slashed by", "reduced … by") are not changes: the phrase
 * starts after them and stays positive.
 */
export const CHANGES = buildTrie<Change>([
  ...falls.map((w): [string, Change] => [w, { sign: -1, by: false }]),
  ...fallsBy.map((w): [string, Change] => [`${w} by`, { sign: -1, by: true }]),
  ['a decline of', { sign: -1, by: true }],
  ['a decrease of', { sign: -1, by: true }],
  ['a drop of', { sign: -1, by: true }],
  ['a fall of', { sign: -1, by: true }],
  ...rises.map((w): [string, Change] => [w, { sign: 1, by: false }]),
  ...risesBy.map((w): [string, Change] => [`${w} by`, { sign: 1, by: true }]),
]);
