import { buildTrie } from './trie';

/**
 * How a comparative bounds the number after it. `nearly` ("nearly X", "almost X") and
 * `just-over` ("just over X") are approximations from one side: X is the central value
 * and the open bound, and the other bound is what X's significant figures allow.
 */
export type Comparative =
  | 'more-than'
  | 'at-least'
  | 'at-most'
  | 'less-than'
  | 'approx'
  | 'exact'
  | 'nearly'
  | 'just-over';

const before: readonly [Comparative, readonly string[]][] = [
  [
    'more-than',
    [
      'more than',
      'over',
      'above',
      'exceeds',
      'exceeding',
      'exceeded',
      'exceed',
      'easily exceeds',
      'easily exceeding',
      'far exceeds',
      'topped',
      'tops',
      'topping',
      // "top" alone is as often the adjective ("the top 10", "the top 1%"); after a modal,
      // or "to" after a verb of expecting, it is the verb: "losses could top $20bn",
      // "expected to top 5%" (but "moved to top 5" is a rank).
      'could top',
      'would top',
      'will top',
      'may top',
      'might top',
      'expected to top',
      'set to top',
      'likely to top',
      'forecast to top',
      'projected to top',
      'poised to top',
      'on track to top',
      'surpassed',
      'surpasses',
      'surpassing',
      'in excess of',
      'well in excess of',
      'greater than',
      'higher than',
      'larger than',
      'bigger than',
      'well over',
      'well above',
      'upwards of',
      'upward of',
      'north of',
      '>',
    ],
  ],
  [
    'at-least',
    [
      'at least',
      'no less than',
      'no fewer than',
      'not less than',
      'not fewer than',
      'a minimum of',
      'minimum of',
      'at minimum',
      // The low end named as such: "rates as low as 2%" go no lower.
      'as low as',
      'as little as',
      'as few as',
      'greater than or equal to',
      'more than or equal to',
      'at least or equal to',
      'equal to or more than',
      'equal to or greater than',
      'bigger or equal than',
      'higher or equal than',
      'larger or equal than',
      'greater or equal than',
      'more or equal than',
      '\u2265', // ≥
      '>=',
      '> =',
    ],
  ],
  [
    'at-most',
    [
      'up to',
      'upto',
      'as much as',
      'as many as',
      'as high as',
      'as large as',
      'at most',
      'at the most',
      'no more than',
      'not more than',
      'no greater than',
      'not exceeding',
      'a maximum of',
      'maximum of',
      'less than or equal to',
      'fewer than or equal to',
      'equal to or less than',
      'equal to or fewer than',
      'smaller or equal than',
      'lower or equal than',
      'less or equal than',
      '\u2264', // ≤
      '<=',
      '< =',
    ],
  ],
  [
    'less-than',
    [
      'less than',
      'fewer than',
      'under',
      'below',
      'well under',
      'well below',
      'lower than',
      'smaller than',
      '<',
    ],
  ],
  [
    'nearly',
    [
      'nearly',
      'almost',
      'just under',
      'just below',
      'a little under',
      'a little less than',
      'close to',
      'close on',
      'just shy of',
      'shy of',
      'short of',
      'just short of',
      'not quite',
      'slightly less than',
      'slightly under',
      'slightly below',
      'slightly fewer than',
    ],
  ],
  [
    'just-over',
    [
      'just over',
      'just above',
      'a little more than',
      'a little over',
      'a little above',
      'slightly more than',
      'slightly over',
      'slightly above',
    ],
  ],
  [
    'approx',
    [
      'about',
      'around',
      'roughly',
      'some',
      'approximately',
      'approx',
      'approx.',
      'an estimated',
      'estimated',
      'circa',
      'c.',
      'ca.',
      '~',
      '\u2248', // ≈
      '\u301c', // 〜
      '\uff5e', // ～
      'in the region of',
      'on the order of',
      'in the order of',
      'of the order of',
      'more or less',
      'roughly about',
      // "rights groups put the figure closer to 300": nearer that than another figure, on
      // either side of it.
      'closer to',
      'nearer',
      'nearer to',
      'give or take',
    ],
  ],
  [
    'exact',
    [
      'equal to',
      'equals',
      'equaling',
      'equaling to',
      'exactly',
      'precisely',
      // "fell by an average of 3% a year": the average is the figure stated; read without
      // these words, a change before them would be lost ("fell" to a plain 3%).
      'an average of',
      'an average',
      'on average',
    ],
  ],
];

/** Comparatives before a quantity: "more than", "as much as", "about", "≥". */
export const COMPARATIVE_BEFORE = buildTrie<Comparative>(
  before.flatMap(([kind, texts]) => texts.map((text): [string, Comparative] => [text, kind])),
);

/** Comparatives after a quantity: "or more", "or less", "+", "or so". */
export const COMPARATIVE_AFTER = buildTrie<Comparative>([
  ['or more', 'at-least'],
  ['or over', 'at-least'],
  ['or above', 'at-least'],
  ['or higher', 'at-least'],
  ['or greater', 'at-least'],
  ['or greater than', 'at-least'],
  ['or more than', 'at-least'],
  ['and more', 'at-least'],
  ['and above', 'at-least'],
  ['and over', 'at-least'],
  ['and up', 'at-least'],
  // Ages: "aged 60 or older", "children 5 and younger".
  ['or older', 'at-least'],
  ['and older', 'at-least'],
  ['plus', 'at-least'],
  ['+', 'at-least', { tight: true }],
  // "$3 billion-plus".
  ['-plus', 'at-least', { tight: true }],
  ['or less', 'at-most'],
  ['or fewer', 'at-most'],
  ['or below', 'at-most'],
  ['or under', 'at-most'],
  ['or lower', 'at-most'],
  ['or less than', 'at-most'],
  ['and below', 'at-most'],
  ['and under', 'at-most'],
  ['and less', 'at-most'],
  ['or younger', 'at-most'],
  ['and younger', 'at-most'],
  ['or so', 'approx'],
  ['or thereabouts', 'approx'],
]);

/** "or equal (to)" after a strict comparative makes it inclusive: "more than 5000 or equal to". */
export const OR_EQUAL = buildTrie<true>([
  ['or equal', true],
  ['or equal to', true],
  ['or equal to it', true],
]);

/** Words joining a lower and an upper comparative: "above 1000 and below 1500". */
export const BOUND_JOINERS = buildTrie<true>([
  ['and', true],
  ['but', true],
  [',', true],
  [', and', true],
  [', but', true],
]);
