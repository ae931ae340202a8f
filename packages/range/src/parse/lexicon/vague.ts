import { buildTrie } from './trie';

/** A vague magnitude's half-open bounds `[low, high)`. */
export interface Vague {
  readonly low: number;
  readonly high: number;
}

const powers: readonly [string, number][] = [
  ['hundreds', 2],
  ['thousands', 3],
  ['millions', 6],
  ['billions', 9],
  ['trillions', 12],
];

/**
 * "dozens" [24, 144), "hundreds" [100, 1000), "tens of thousands" [1e4, 1e5),
 * "hundreds of millions" [1e8, 1e9)...: from the smallest amount the word can mean to the
 * first amount a writer would call by the next word. The formatter writes these words back.
 */
export const VAGUE_WORDS: readonly (readonly [text: string, low: number, high: number])[] = [
  ['dozens', 24, 144],
  ...powers.map(([word, p]): [string, number, number] => [word, 10 ** p, 10 ** (p + 1)]),
  ...powers
    .filter(([, p]) => p >= 3)
    .flatMap(([word, p]): [string, number, number][] => [
      [`tens of ${word}`, 10 ** (p + 1), 10 ** (p + 2)],
      [`hundreds of ${word}`, 10 ** (p + 2), 10 ** (p + 3)],
    ]),
];

/** The vague magnitudes as a trie for the parser. */
export const VAGUE = buildTrie<Vague>(
  VAGUE_WORDS.map(([text, low, high]) => [text, { low, high }]),
);
