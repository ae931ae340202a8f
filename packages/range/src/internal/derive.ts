import type { Meaning, Qualifier, Range } from '../range';
import { BOUNDS, intervalMeaning, SCENARIOS } from './meaning';

/**
 * How a result's qualifier follows from its inputs'. `vague` wins over `approx`, which wins
 * over everything else: a figure computed from a vague one is vague. Otherwise the
 * qualifier describes the result's own shape, because `at-least` and friends describe
 * bounds, and the bounds have been recomputed: (350000, +inf) people negated is
 * `less-than`; a result bounded on both sides is `exact`.
 *
 * @returns the result's qualifier
 */
export const deriveQualifier = (
  a: Qualifier,
  b: Qualifier,
  low: number,
  high: number,
  lowInclusive: boolean,
  highInclusive: boolean,
): Qualifier =>
  // The common case first, small enough for the compiler to inline into every operation.
  a === 'exact' && b === 'exact' && low !== -Infinity && high !== Infinity
    ? 'exact'
    : qualifierOf(a, b, low, high, lowInclusive, highInclusive);

function qualifierOf(
  a: Qualifier,
  b: Qualifier,
  low: number,
  high: number,
  lowInclusive: boolean,
  highInclusive: boolean,
): Qualifier {
  if (a === 'vague' || b === 'vague') return 'vague';
  if (a === 'approx' || b === 'approx') return 'approx';
  const lowOpen = low === -Infinity;
  const highOpen = high === Infinity;
  if (lowOpen === highOpen) return 'exact';
  if (highOpen) return lowInclusive ? 'at-least' : 'more-than';
  return highInclusive ? 'at-most' : 'less-than';
}

/** Mirrored qualifiers: "at least 5" negated is "at most -5". */
const MIRRORED: Readonly<Partial<Record<Qualifier, Qualifier>>> = {
  'at-least': 'at-most',
  'at-most': 'at-least',
  'more-than': 'less-than',
  'less-than': 'more-than',
};

/**
 * The qualifier of a range multiplied by an exact constant of sign `sign`: kept for a
 * positive one, mirrored for a negative one ("at least 5" negated is "at most -5"), and
 * `exact` for zero, whose product is exactly 0.
 */
export const scaledQualifier = (q: Qualifier, sign: number): Qualifier =>
  sign > 0 ? q : sign < 0 ? (MIRRORED[q] ?? q) : 'exact';

/** Interval misses are tracked in parts per billion, rounded so levels never overclaim. */
const PPB = 1e9;

const missOf = (level: number): number => Math.ceil((1 - level) * PPB - 1e-6);

/**
 * What a result of combining two ranges means. Hard `bounds` combine into hard bounds. An
 * `interval` is a probability claim: if A holds with probability 0.9 and B with 0.9, both
 * hold (so A op B holds) with probability at least 1 - 0.1 - 0.1 = 0.8 whatever their
 * dependence (Bonferroni), so the result is an 80% interval, not a 90% one; bounds count
 * as certain. When the misses add up to 100% or more, nothing is guaranteed and the result
 * is only `scenarios`. Two `scenarios`, or two `plus-minus`, stay what they are (bounds
 * with either keep it); any other mixture is `scenarios`, the weakest claim.
 *
 * @returns the result's meaning
 */
export const deriveMeaning = (a: Meaning, b: Meaning): Meaning =>
  a === BOUNDS ? b : b === BOUNDS ? a : meaningOf(a, b);

function meaningOf(a: Meaning, b: Meaning): Meaning {
  if (a.kind === 'bounds') return b;
  if (b.kind === 'bounds') return a;
  if (a.kind === 'interval' && b.kind === 'interval') {
    const miss = missOf(a.level) + missOf(b.level);
    return miss >= PPB ? SCENARIOS : intervalMeaning((PPB - miss) / PPB);
  }
  if (a.kind === b.kind) return a;
  return SCENARIOS;
}

/** The least of two significant-figure counts; an exact input (no count) does not limit. */
export const deriveSigFigs = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined || a <= b ? a : b;

/**
 * `op` of two operands' best guesses, when both have one (see `centralOf`); callers call
 * it only when at least one operand states a central value, so that a result gets a
 * central value only then.
 */
export function centralResult(
  x: Range,
  yGuess: number | undefined,
  op: (a: number, b: number) => number,
): number | undefined {
  const xGuess = centralOf(x);
  return xGuess === undefined || yGuess === undefined ? undefined : op(xGuess, yGuess);
}

/** A range's best guess for combining: its central value, or its value when a point. */
export const centralOf = (r: Range): number | undefined =>
  r.central !== undefined ? r.central : r.low === r.high ? r.low : undefined;
