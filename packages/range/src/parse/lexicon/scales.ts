import { buildTrie } from './trie';

/**
 * A scale after a number, as a power of ten. `case` restricts a one-letter abbreviation to
 * the case that means a scale (`5T` is five trillion, `5t` five tonnes).
 */
export interface Scale {
  readonly exponent: number;
  readonly case?: 'upper';
}

const words: readonly [string, number][] = [
  ['hundred', 2],
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
  ['quadrillion', 15],
  ['lakh', 5],
  ['lakhs', 5],
  ['crore', 7],
  ['crores', 7],
  // Indian press: "Rs 500 cr", "12 lac".
  ['cr', 7],
  ['lac', 5],
  ['lacs', 5],
  // Abbreviations that cannot be mistaken for anything else may stand apart: "$5 bn".
  ['mn', 6],
  ['mln', 6],
  ['bn', 9],
  ['bln', 9],
  ['tn', 12],
  ['trn', 12],
  // Malaysian press writes them apart too ("US$ 3.4 bil"); neither is a word of its own.
  ['bil', 9],
  ['mil', 6],
  // Indonesian scale words in English-language copy: "Rp3 triliun", "Rp 500 miliar".
  ['triliun', 12],
  ['miliar', 9],
  ['juta', 6],
];

/**
 * One-letter abbreviations only count when they touch the number (`5m`, `$12.5B`): apart,
 * "5 m" is as likely five metres.
 */
const tight: readonly [string, Scale][] = [
  ['k', { exponent: 3 }],
  ['m', { exponent: 6 }],
  // Malaysian and Singaporean press: "RM40mil", "US$3.4bil" (also read apart, above).
  ['mil', { exponent: 6 }],
  ['bil', { exponent: 9 }],
  // Pakistani press: "Rs1.13tr".
  ['tr', { exponent: 12 }],
  ['b', { exponent: 9 }],
  ['t', { exponent: 12, case: 'upper' }],
];

/** Scale words and abbreviations after digits. */
export const SCALE_AFTER_DIGITS = buildTrie<Scale>(words.map(([w, exponent]) => [w, { exponent }]));

/** The abbreviations that must touch the number. */
export const TIGHT_SCALES: ReadonlyMap<string, Scale> = new Map(tight);

/** Scale words, for the number-word reader (`three million`). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 3],
  ['lakh', 5],
  ['lakhs', 5],
  ['million', 6],
  ['crore', 7],
  ['crores', 7],
  ['billion', 9],
  ['trillion', 12],
  ['quadrillion', 15],
]);

/** Indian scale words: an amount in them is South Asian money when a prefix could be. */
export const INDIAN_SCALE_WORDS: ReadonlySet<string> = new Set([
  'lakh',
  'lakhs',
  'lac',
  'lacs',
  'crore',
  'crores',
  'cr',
]);

/**
 * Whether a word is a scale word with capitals glued after it: "billionUSD", "millionVND".
 *
 * @param word - the word as written
 * @returns whether it starts with a scale word and goes on in capitals
 */
export function isGluedScale(word: string): boolean {
  for (const scale of SCALE_WORDS.keys()) {
    if (word.length > scale.length + 1 && word.toLowerCase().startsWith(scale)) {
      const rest = word.slice(scale.length);
      return rest === rest.toUpperCase() && rest !== rest.toLowerCase();
    }
  }
  return false;
}
