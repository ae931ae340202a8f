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

/** Time words: `year`, `years`, `yr`, `yrs`, `month(s)`, `week(s)`, `day(s)`, `hour(s)`. */
const TIME = /^(?:(year|month|week|day|hour)|yr)s?$/;

/** The time atom a word names (`yrs` names `year`), if any. */
export function timeAtom(word: string): string | undefined {
  const match = TIME.exec(word);
  return match === null ? undefined : (match[1] ?? 'year');
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
