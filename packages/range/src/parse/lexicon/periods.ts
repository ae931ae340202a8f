import { buildTrie } from './trie';

/** The time units a period names; each joins the unit as a denominator (`USD/year`). */
export type Period = 'year' | 'month' | 'week' | 'day' | 'hour';

const forms: readonly [Period, readonly string[]][] = [
  [
    'year',
    [
      'per year',
      'a year',
      'each year',
      'every year',
      'per annum',
      'p.a.',
      'annually',
      'yearly',
      'a yr',
      'per yr',
      '/yr',
      '/year',
      '/y',
    ],
  ],
  [
    'month',
    ['per month', 'a month', 'each month', 'every month', 'monthly', '/month', '/mo', '/mth'],
  ],
  ['week', ['per week', 'a week', 'each week', 'every week', 'weekly', '/week', '/wk']],
  ['day', ['per day', 'a day', 'each day', 'every day', 'daily', '/day', '/d']],
  [
    'hour',
    ['per hour', 'an hour', 'each hour', 'every hour', 'hourly', '/hour', '/hr', '/h', 'per hr'],
  ],
];

/** Period phrases after a quantity. */
export const PERIODS = buildTrie<Period>(
  forms.flatMap(([period, texts]) => texts.map((text): [string, Period] => [text, period])),
);

/**
 * Periods of two words hyphened into an adjective, after a hyphen touching the amount: "a
 * $10 billion-a-year industry", "a $5-a-day wage", "a P200-per-month subsidy".
 */
export const HYPHENED_PERIODS = buildTrie<Period>(
  forms.flatMap(([period, texts]) =>
    texts
      .filter((text) => /^[a-z]+ [a-z]+$/.test(text))
      .map((text): [string, Period, { tight: true }] => [
        text.replace(' ', '-'),
        period,
        { tight: true },
      ]),
  ),
);

/**
 * Words after "a year" (or "a month"...) that make it a point in time, not a rate:
 * "$13.18 billion a year earlier" is a figure, not a yearly one.
 */
export const NOT_A_RATE_AFTER: ReadonlySet<string> = new Set([
  'ago',
  'earlier',
  'later',
  'before',
  'after',
  'prior',
  'previously',
  'since',
  'into',
  'old',
  'long',
]);

/**
 * Time words the unit system does not model. A phrase with one of them as its period
 * ("$5bn per decade", "$5 per quarter", "quarterly") is refused rather than read without
 * its period or with the period as a count noun.
 */
export const UNMODELLED_PERIODS = buildTrie<true>(
  ['decade', 'quarter', 'fortnight', 'century', 'minute', 'second', 'semester', 'biennium']
    .flatMap((w) => [`per ${w}`, `each ${w}`, `every ${w}`, `/${w}`])
    .concat(['quarterly', 'fortnightly', 'per qtr', '/qtr', 'per min', '/min', 'per sec'])
    .map((text): [string, true] => [text, true]),
);

/** "per capita" and "per head" mean per person. */
export const PER_PERSON = buildTrie<true>([
  ['per capita', true],
  ['per head', true],
  ['a head', true],
]);
