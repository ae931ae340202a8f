import { FLIPPED_QUALIFIER } from '../internal/flip-qualifier';
import type { Core } from './core';
import type { Comparative } from './lexicon/qualifiers';
import type { Bounds, ReadQualifier } from './reading';

function least(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

function bounds(
  low: number,
  high: number,
  lowInclusive: boolean,
  highInclusive: boolean,
  central: number | undefined,
  qualifier: ReadQualifier,
  sigFigs: number | undefined,
): Bounds {
  return { low, high, lowInclusive, highInclusive, central, qualifier, sigFigs };
}

/**
 * The bounds a comparative puts on a core, by the labelling convention: "more than X" is
 * (X, +inf), "up to X" is (-inf, X], "about X" is [X, X] with central X, "about X to Y"
 * is [X, Y] approx; a vague magnitude is half-open [lo, hi). A range keeps the least
 * significant figures of its ends; an open one those of its finite end.
 *
 * @param core - the numbers read
 * @param cmp - the comparative, if any
 * @returns the bounds
 */
export function boundsOf(core: Core, cmp: Comparative | undefined): Bounds {
  if (core.kind === 'vague') {
    return bounds(core.low, core.high, true, false, undefined, 'vague', undefined);
  }
  const both = least(core.lowSigFigs, core.highSigFigs);
  switch (cmp) {
    case undefined:
    case 'exact':
      return bounds(core.low, core.high, true, true, core.central, 'exact', both);
    case 'approx': {
      const central = core.kind === 'single' ? core.low : core.central;
      return bounds(core.low, core.high, true, true, central, 'approx', both);
    }
    case 'more-than':
    case 'at-least':
      return bounds(
        core.low,
        Number.POSITIVE_INFINITY,
        cmp === 'at-least',
        false,
        undefined,
        cmp,
        core.lowSigFigs,
      );
    case 'at-most':
    case 'less-than':
      return bounds(
        Number.NEGATIVE_INFINITY,
        core.high,
        false,
        cmp === 'at-most',
        undefined,
        cmp,
        core.highSigFigs,
      );
    case 'nearly':
    case 'just-over':
      return oneSided(core, cmp, both);
  }
}

/** More figures than words or a ratio of small numbers write: a value that does not end. */
const MAX_EXACT_FIGURES = 6;

/**
 * "nearly X" and "just over X": X is the central value and the open bound; the other bound
 * is half a unit of X's last significant figure away, inclusive ("nearly 18 million" is
 * [17.5, 18) million, "almost 300" [295, 300), "just over 40%" (40, 45]). A range ("nearly
 * 3 to 4 million") or a value of zero or below is read as "about".
 */
function oneSided(core: Core, cmp: 'nearly' | 'just-over', sigFigs: number | undefined): Bounds {
  const x = cmp === 'nearly' ? core.high : core.low;
  if (core.kind !== 'single' || !(x > 0)) {
    const central = core.kind === 'single' ? x : undefined;
    return bounds(core.low, core.high, true, true, central, 'approx', sigFigs);
  }
  // A share whose value does not end ("one in three", 33.33…%) has no figures to count: it
  // is taken at two, as a whole number with trailing zeros is.
  const written = writtenFigures(x);
  const figures = sigFigs ?? (written > MAX_EXACT_FIGURES ? 2 : written);
  const other = otherEnd(x, figures, cmp);
  if (cmp === 'nearly') return bounds(other, x, true, false, x, 'approx', figures);
  return bounds(x, other, false, true, x, 'approx', figures);
}

/**
 * The end of "nearly X" or "just over X" other than X: half a unit of X's last significant
 * figure below or above it, never below 0 ("nearly 18 million" at two figures gives 17.5
 * million). Taken to fifteen figures, so that "almost a fifth" ends at 0.15, not at
 * 0.15000000000000002. The formatter writes "nearly X" only for a range that holds no more
 * than this, so that the words read back to the same range.
 *
 * @param x - the value, above zero
 * @param figures - its significant figures
 * @param cmp - which of the two
 * @returns the other end
 */
export function otherEnd(x: number, figures: number, cmp: 'nearly' | 'just-over'): number {
  const half = halfUnit(x, figures);
  if (cmp === 'nearly') return Math.max(0, Number((x - half).toPrecision(15)));
  return Number((x + half).toPrecision(15));
}

/** Half a unit of the last of `figures` significant figures of `x` (> 0): 0.5 million for 18 million at two. */
function halfUnit(x: number, figures: number): number {
  const exponent = Number(x.toExponential().split('e')[1]);
  return Number(`5e${exponent - figures}`);
}

/** Significant figures of a value written in words ("two million" has 1): its digits less trailing zeros. */
function writtenFigures(x: number): number {
  const digits = x.toExponential().split('e')[0]?.replace('.', '') ?? '1';
  return Math.max(1, digits.replace(/0+$/, '').length);
}

/**
 * Bounds from a lower and an upper comparative: "above 1000 and below 1500" is
 * (1000, 1500), qualifier exact.
 *
 * @returns the bounds, or undefined when they would be empty
 */
export function compoundBounds(
  lower: Core,
  upper: Core,
  lowerCmp: Comparative,
  upperCmp: Comparative,
): Bounds | undefined {
  if (!(lower.low <= upper.high)) return undefined;
  if (lower.low === upper.high && (lowerCmp === 'more-than' || upperCmp === 'less-than')) {
    return undefined;
  }
  return bounds(
    lower.low,
    upper.high,
    lowerCmp === 'at-least',
    upperCmp === 'at-most',
    undefined,
    'exact',
    least(lower.lowSigFigs, upper.highSigFigs),
  );
}

/** Whether `x` lies within the bounds. */
export function within(x: number, b: Bounds): boolean {
  return (b.lowInclusive ? x >= b.low : x > b.low) && (b.highInclusive ? x <= b.high : x < b.high);
}

/** The bounds with a central value. */
export function withCentral(b: Bounds, central: number): Bounds {
  return bounds(b.low, b.high, b.lowInclusive, b.highInclusive, central, b.qualifier, b.sigFigs);
}

/**
 * Bounds open below, closed at zero instead: the size of a change bounded only above ("rose
 * by less than 1%" is [0, 1), not (-inf, 1)).
 *
 * @param b - bounds whose low is -inf and whose high is above 0
 * @returns the bounds from 0, inclusive
 */
export function fromZero(b: Bounds): Bounds {
  return bounds(0, b.high, true, b.highInclusive, b.central, b.qualifier, b.sigFigs);
}

/**
 * The same bounds as a decrease: [3, 5] becomes [-5, -3], "at most 5" becomes "at least -5".
 *
 * @param b - the bounds of the change as written
 * @returns the negated bounds
 */
export function negate(b: Bounds): Bounds {
  return bounds(
    -b.high + 0,
    -b.low + 0,
    b.highInclusive,
    b.lowInclusive,
    b.central === undefined ? undefined : -b.central + 0,
    FLIPPED_QUALIFIER[b.qualifier],
    b.sigFigs,
  );
}
