import { boundsOf, compoundBounds, negate, withCentral, within } from './bounds';
import { isUnitNoun } from './build-range';
import { CHANGES } from './lexicon/changes';
import { countNoun } from './lexicon/nouns';
import { COMPARATIVE_BEFORE, type Comparative, OR_EQUAL } from './lexicon/qualifiers';
import { matchLongest } from './lexicon/trie';
import { nonQuantity } from './not-quantity';
import { readBase } from './read-base';
import { readCore } from './read-core';
import { noNotes, readNotes } from './read-notes';
import { readSecondBound } from './read-second-bound';
import { readPeriod, readSuffix, startsNumber } from './read-tail';
import type { Bounds, Reading } from './reading';
import type { TokenStream } from './token-stream';

/**
 * Reads one quantity phrase starting at token `k`, or returns undefined. The grammar:
 *
 * ```text
 * phrase  = [change] [comparative] core [suffix] [noun] [suffix] [period] ["of" base] [notes]
 *         | lower-comparative Q joiner upper-comparative Q   (or the upper bound first)
 * core    = "between" Q ("and" | "to" | dash) Q | "from" Q ("to" | dash) Q
 *         | Q [("to" | "through" | dash) Q] | Q "±" Q | vague ["of" (noun | currency)]
 * Q       = [sign] [currency] amount [currency | ratio unit]
 * change  = "fell" ["by"] | "a decline of" | "rose" ["by"] | "increased by" | ...
 * ```
 *
 * Every rule reads a bounded number of tokens, so a phrase never looks more than a few
 * dozen tokens past `k`: extraction over any input stays linear.
 *
 * @param stream - the tokens
 * @param k - index of the first token
 * @returns what the phrase says, or undefined when no phrase starts here
 */
export function readPhrase(stream: TokenStream, k: number): Reading | undefined {
  let i = k;
  const change = matchLongest(stream, i, CHANGES);
  if (change) i += change.length;
  let cmp: Comparative | undefined;
  const before = matchLongest(stream, i, COMPARATIVE_BEFORE);
  if (before) {
    // "fell below 400,000" is a level, not a change: only "fell by" takes a bound.
    if (change && !change.value.by && before.value !== 'approx') return undefined;
    cmp = before.value;
    i += before.length;
    // "up to about 60%", "more than an estimated 350,000": the bound wins, "about" adds nothing.
    const hedge = matchLongest(stream, i, COMPARATIVE_BEFORE);
    if (hedge?.value === 'approx' && cmp !== 'approx') i += hedge.length;
  }
  const core = readCore(stream, i, { atStart: i === k, afterChange: change !== undefined });
  if (!core) return undefined;
  // "more than tens of thousands": the vague magnitude is the phrase, read where it starts.
  if (core.kind === 'vague' && cmp !== undefined) return undefined;
  let j = core.next;
  // A bound after the number wins over a hedge before it: "about 500 or more" is [500, +inf).
  const hedged = cmp === undefined || cmp === 'approx' || cmp === 'exact';
  if (hedged && core.kind !== 'vague') {
    const suffix = readSuffix(stream, j);
    if (suffix && (cmp === undefined || suffix.value !== 'approx')) {
      cmp = suffix.value;
      j += suffix.length;
    }
  } else if (cmp === 'more-than' || cmp === 'less-than') {
    const orEqual = matchLongest(stream, j, OR_EQUAL);
    if (orEqual && !startsNumber(stream, j + orEqual.length)) {
      cmp = cmp === 'more-than' ? 'at-least' : 'at-most';
      j += orEqual.length;
    }
  }
  const compound = cmp !== undefined && !change ? readSecondBound(stream, j, cmp, core) : undefined;
  if (compound) j = compound.core.next;
  const last = compound?.core ?? core;
  const currency = core.currency ?? last.currency;
  const ratio = core.ratio ?? last.ratio;
  const unitless = currency === undefined && ratio === undefined;

  let noun = core.noun?.text;
  let nounText = core.noun ? stream.at(core.noun.index).text : undefined;
  if (unitless && noun === undefined) {
    const word = stream.at(j);
    const one = core.kind === 'single' && core.low === 1 && core.high === 1;
    const found = word.kind === 'word' ? countNoun(word.text, one) : undefined;
    if (found !== undefined && isUnitNoun(found)) {
      noun = found;
      nounText = word.text;
      j += 1;
      // "350,000 people or more".
      if (cmp === undefined && core.kind !== 'vague') {
        const suffix = readSuffix(stream, j);
        if (suffix) {
          cmp = suffix.value;
          j += suffix.length;
        }
      }
    }
  }
  const period = readPeriod(stream, j);
  if (period) j = period.next;
  const base = ratio !== undefined ? readBase(stream, j) : undefined;
  const notesAt = base ? base.next : j;
  let notes = readNotes(stream, notesAt);

  let bounds: Bounds | undefined = compound
    ? compoundBounds(compound.lower, compound.upper, compound.lowerCmp, compound.upperCmp)
    : boundsOf(core, cmp);
  if (!bounds) return undefined;
  if (notes.central) {
    const c = notes.central;
    const sameUnit =
      (c.currency ?? currency) === (currency ?? c.currency) &&
      (c.ratio ?? ratio) === (ratio ?? c.ratio);
    // A central value outside the bounds, or in another unit, is not this range's note.
    if (sameUnit && within(c.value, bounds)) bounds = withCentral(bounds, c.value);
    else notes = noNotes(notesAt);
  }
  if (notes.next > notesAt) j = notes.next;
  if (change?.value.sign === -1) bounds = negate(bounds);
  const plain = unitless && noun === undefined && period === undefined && !compound;
  return {
    first: k,
    next: j,
    low: bounds.low,
    high: bounds.high,
    lowInclusive: bounds.lowInclusive,
    highInclusive: bounds.highInclusive,
    central: bounds.central,
    qualifier: bounds.qualifier,
    sigFigs: bounds.sigFigs,
    currency,
    ratio,
    noun,
    nounText,
    period: period?.period,
    base: base?.text,
    meaning: notes.meaning ?? (core.plusMinus ? PLUS_MINUS_MEANING : undefined),
    nonQuantity: change ? 'no' : nonQuantity(stream, k, core, cmp, plain),
    bareWord:
      !change && core.words && core.kind === 'single' && !core.scaled && cmp === undefined && plain,
  };
}

const PLUS_MINUS_MEANING = { kind: 'plus-minus' } as const;
