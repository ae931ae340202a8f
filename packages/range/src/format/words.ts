import type { PeriodName } from './unit-words';

/** Words the formatter writes, by style. English: the parser reads exactly these back. */
export const QUALIFIER_WORDS = {
  long: {
    approx: 'about ',
    'at-least': 'at least ',
    'more-than': 'more than ',
    'at-most': 'up to ',
    'less-than': 'less than ',
  },
  short: {
    approx: '~',
    'at-least': '\u2265', // ≥
    'more-than': '>',
    'at-most': '\u2264', // ≤
    'less-than': '<',
  },
} as const;

/** One-sided approximations, written alike in both styles so the parser reads them back. */
export const NEARLY_WORDS = { nearly: 'nearly ', 'just-over': 'just over ' } as const;

/** A stated change, written before its size in both styles: "a fall of 12%". */
export const CHANGE_WORDS = { fall: 'a fall of ', rise: 'a rise of ' } as const;

/** `a year` / `/yr`. */
export const PERIOD_WORDS: Readonly<Record<'long' | 'short', Record<PeriodName, string>>> = {
  long: { year: ' a year', month: ' a month', week: ' a week', day: ' a day', hour: ' an hour' },
  short: { year: '/yr', month: '/mo', week: '/wk', day: '/day', hour: '/hr' },
};

/**
 * Before a count noun an amount is per: `$220,000 per person`, `$220K/person`. The parser
 * reads `per person` back into the unit (labelling convention v2).
 */
export const PER_WORDS: Readonly<Record<'long' | 'short', string>> = {
  long: ' per ',
  short: '/',
};

/** Ratio units after the number, singular and plural. */
export const RATIO_WORDS: Readonly<
  Record<'long' | 'short', Record<'%' | 'pp' | 'permille' | 'bp', readonly [string, string]>>
> = {
  long: {
    '%': ['%', '%'],
    pp: [' percentage point', ' percentage points'],
    permille: ['\u2030', '\u2030'],
    bp: [' basis point', ' basis points'],
  },
  short: {
    '%': ['%', '%'],
    pp: [' pp', ' pp'],
    permille: ['\u2030', '\u2030'],
    bp: [' bp', ' bp'],
  },
};

/** Currencies by name after a vague magnitude: "billions of dollars". */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  USD: 'dollars',
  EUR: 'euros',
  GBP: 'pounds',
  JPY: 'yen',
  CNY: 'yuan',
  KHR: 'riel',
  THB: 'baht',
  INR: 'rupees',
  AUD: 'Australian dollars',
  CAD: 'Canadian dollars',
  HKD: 'Hong Kong dollars',
};
