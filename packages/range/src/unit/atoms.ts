import type { AtomKind } from './types';

/**
 * Sizes of the time and dimensionless atoms as exact integer ratios [numerator,
 * denominator] of their dimension's base (`year`, `1`), so composite factors are computed
 * with one rounding at the end: `USD/month` is exactly 12, not 12.000000000000002.
 * A year is 365.25 days (the Julian year astronomers use), a month a twelfth of it; `pp`
 * (percentage points) is sized like `%`. Looked up by canonical atom names only.
 */
export const SIZES: Readonly<Record<string, readonly [number, number]>> = {
  year: [1, 1],
  quarter: [1, 4],
  month: [1, 12],
  week: [28, 1461], // 7 / 365.25
  day: [4, 1461], // 1 / 365.25
  hour: [1, 8766], // 1 / (365.25 * 24)
  '1': [1, 1],
  '%': [1, 100],
  pp: [1, 100],
  permille: [1, 1000],
  bp: [1, 10000],
};

/**
 * The largest power an atom may have in a unit, after like atoms merge: `hour^20` is the
 * limit, so `USD/hour^20/hour^20` is refused. With every atom so bounded (and the size of the
 * whole unit checked as well), factors such as `hour^-n` never overflow a double.
 */
export const MAX_POWER = 20;

/**
 * Time words mapped to their atom: `year`, `quarter`, `month`, `week`, `day`, `hour`, their
 * plurals, and the abbreviations prose and spreadsheets use (`yr`, `qtr`, `mo`, `wk`, `d`,
 * `h`, `hr`). Without them `USD/hr` would read as a count of "hrs". A map, so
 * `constructor` is not found on `Object.prototype`.
 */
const TIME_WORDS: ReadonlyMap<string, string> = new Map(
  (
    'year:year years:year yr:year yrs:year quarter:quarter quarters:quarter qtr:quarter ' +
    'qtrs:quarter month:month months:month mo:month mos:month week:week weeks:week wk:week ' +
    'wks:week day:day days:day d:day hour:hour hours:hour hr:hour hrs:hour h:hour'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** The time atom a word names (`yrs` names `year`, `hr` names `hour`), if any. */
export function timeAtom(word: string): string | undefined {
  return TIME_WORDS.get(word);
}

/**
 * Spellings of the dimensionless atoms, mapped to their canonical name. A map, not an
 * object literal, so a word like `constructor` is not found on `Object.prototype`.
 */
export const DIMENSIONLESS: ReadonlyMap<string, string> = new Map([
  ['1', '1'],
  ['%', '%'],
  ['percent', '%'],
  ['pp', 'pp'],
  ['‰', 'permille'],
  ['permille', 'permille'],
  ['‱', 'bp'],
  ['bp', 'bp'],
]);

/** Sort rank of each kind in canonical order: `USD*people*%*year`. */
export const KIND_RANK: Readonly<Record<AtomKind, number>> = {
  currency: 0,
  count: 1,
  dimensionless: 2,
  time: 3,
};

let currencies: ReadonlySet<string> | undefined;

/**
 * Whether `code` is an ISO 4217 currency this runtime knows. The set is built on first use,
 * not at import, so importing the package has no side effects.
 */
export function isCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}
