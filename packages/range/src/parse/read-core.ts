import { amountValue } from './amount';
import { unitNounOf } from './build-range';
import { changeThenLevel } from './change-then-level';
import type { Core } from './core';
import { isDash, touchingDash } from './dashes';
import { readFractionRange } from './fraction-range';
import { readFractionWords } from './fraction-words';
import { CURRENCY_SUFFIX, isIsoCode } from './lexicon/currencies';
import { YEAR_BEFORE } from './lexicon/dates';
import { buildTrie, matchLongest } from './lexicon/trie';
import { VAGUE } from './lexicon/vague';
import * as m from './messages';
import { namedCurrency } from './named-currency';
import type { Quantity } from './quantity';
import { readQuantity } from './read-quantity';
import { readShare } from './read-share';
import { Refusal, refuse } from './refusal';
import { maySecondEnd } from './second-end';
import type { TokenStream } from './token-stream';

/** Words that join the two ends of a range written without "between" or "from". */
const TO_WORDS = new Set(['to', 'through', 'thru', '~', '\u301c', '\uff5e']);

/** "15 ± 5", "1.2 +/- 0.1 million", "60% plus or minus 3%". */
const PLUS_MINUS = buildTrie<true>([
  ['\u00b1', true],
  ['+/-', true],
  ['+/\u2212', true],
  ['plus or minus', true],
]);

/** How a core is being read. */
export interface CoreContext {
  /** `k` starts the phrase: nothing before it was read. */
  readonly atStart: boolean;
  /** A change word came before ("fell 7,750 to 297,000"). */
  readonly afterChange?: boolean;
  /** Read one figure (a quantity or a dashed range): after "from" or "to" of a revision. */
  readonly single?: boolean;
  /** A comparative or change word came before ("over a third"). */
  readonly qualified?: boolean;
}

/**
 * Reads the numeric heart of a phrase at token `k`: `between X and Y`, `from X to Y`,
 * `X to Y`, `X-Y`, `X–Y`, `X ± Y`, one quantity, or a vague magnitude.
 *
 * After a change word, `from` gives a level, not a change ("declined from 101"), so it is
 * not read (`between` is: "down between 2% and 3%"); and `X to Y` after a change or a bare
 * "by" reads as {@link changeThenLevel} says: "dropped 3 to 5 percent" is a range, "fell
 * 7,750 to 297,000" a change and a new level, and "trimmed by $500 million to $1.2 billion"
 * is refused. A share in words ("two-thirds of", "one in five") is a core too.
 *
 * @param stream - the tokens
 * @param k - index of the first token
 * @param context - see {@link CoreContext}
 * @returns the core, or undefined
 */
export function readCore(stream: TokenStream, k: number, context: CoreContext): Core | undefined {
  const { atStart, afterChange = false, single: alone = false } = context;
  const head = stream.at(k).lower;
  // "between a third and a half": fractions in words at both ends.
  const fractions = alone || afterChange ? undefined : readFractionRange(stream, k);
  if (fractions) return fractions;
  if ((head === 'between' || head === 'from') && !alone) {
    if (afterChange && head === 'from') return undefined;
    const low = readQuantity(stream, k + 1, { allowAnd: false, atStart: false, allowSign: true });
    if (!low) return undefined;
    const joiner = stream.at(low.next);
    const joinsWithAnd = head === 'between' && joiner.lower === 'and';
    const dash = isDash(joiner.text);
    if (!joinsWithAnd && !dash && joiner.lower !== 'to') return undefined;
    const high = readQuantity(stream, low.next + 1, {
      allowAnd: true,
      atStart: false,
      allowSign: !dash,
    });
    // "between two and a half million": "and a half" may make one number of the first
    // ("two and a half million") or be the range's other end; either reading is a guess.
    const fraction = joinsWithAnd ? readFractionWords(stream, low.next + 1) : undefined;
    const both = high ? combine(k, low, high) : undefined;
    // "between 300,000 and half a million": "half a" and a scale is a number of its own, and
    // the range's other end; "and a half" could still end the first ("two and a half million").
    const halfA =
      both !== undefined &&
      fraction?.last === low.next + 1 &&
      ARTICLES.has(stream.at(fraction.last + 1).lower);
    if (fraction !== undefined && !halfA) {
      // Past the fraction too, which is no figure of its own once the phrase is refused.
      refuse(stream, k, Math.max(high?.next ?? 0, fraction.last + 1), m.andAFraction);
    }
    if (dash && high && thousandsElided(stream, low, high)) {
      refuse(stream, k, high.next, m.thousandsElided);
    }
    return both;
  }
  const vague = matchLongest(stream, k, VAGUE);
  if (vague) return readVague(stream, k, vague.length, vague.value.low, vague.value.high);
  const share = readShare(stream, k, { qualified: context.qualified ?? false });
  if (share) return share;
  const low = readQuantity(stream, k, { allowAnd: true, atStart, allowSign: true });
  if (!low) return undefined;
  const pm = alone ? undefined : matchLongest(stream, low.next, PLUS_MINUS);
  if (pm) {
    const at = low.next + pm.length;
    const spread = readQuantity(stream, at, { allowAnd: true, atStart: false, allowSign: false });
    const both = spread ? plusMinus(k, low, spread) : undefined;
    if (both) return both;
    // "15 ± " with nothing readable after: the spread is part of the figure, never dropped,
    // and never read as a figure of its own ("15 ± about 5 points", "$15 ± €5").
    const sign = stream.at(low.next);
    const resume = spread?.next ?? pastSpread(stream, at);
    throw new Refusal(m.noSpread(stream.input, sign.text, sign.start), sign.start, resume);
  }
  const joiner = stream.at(low.next);
  const dash = isDash(joiner.text);
  const or = joiner.lower === 'or';
  // After "from" or "to" of a revision, "to" joins the two figures, but a dash still makes
  // a range: "lowered its target to 1-2% from 2-3%".
  if (dash || (!alone && (TO_WORDS.has(joiner.lower) || or))) {
    const read = readQuantity(stream, low.next + 1, {
      allowAnd: true,
      atStart: false,
      allowSign: !dash,
    });
    const high = read && maySecondEnd(low, read, or) ? read : undefined;
    // "in 2023 to ₹45,000 crore": a year after "in" is a date, not the low end of an amount.
    const dated =
      low.amount.yearShaped &&
      YEAR_BEFORE.has(stream.at(k - 1).lower) &&
      (high?.currency !== undefined || high?.amount.scaled);
    const both = high && !dated ? combine(k, low, high) : undefined;
    // After a change or a bare "by" ("reduced by"), the two may be a change and a new level.
    const change =
      both && high && !dash && !or && (afterChange || stream.at(k - 1).lower === 'by')
        ? changeThenLevel(low, high, both)
        : 'range';
    if (change === 'unclear') refuse(stream, k, high?.next ?? low.next, m.changeOrRange);
    if (dash && both && high && thousandsElided(stream, low, high)) {
      refuse(stream, k, high.next, m.thousandsElided);
    }
    // Two figures a dash joins tightly that make no range are a score, odds or a split ("a
    // 3-1 win", "a 60-40 split", "a 50-50 chance"): reading the first alone would drop the
    // second. Spaced ("5 - 3%"), each figure is read on its own. A year before the dash
    // starts a span of years ("2015-20"), which the year rules read.
    const tight = touchingDash(stream, low.next);
    if (both && change === 'range' && !(tight && both.low === both.high)) return both;
    if (tight && high && !dated && !low.amount.yearShaped) {
      refuse(stream, k, high.next, m.notARange);
    }
  }
  return alone ? revisionFigure(stream, low) : single(low);
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** How far a spread after "±" reaches when it is not readable: past its first number. */
const SPREAD_REACH = 3;

/**
 * Where scanning resumes after a "±" whose spread cannot be read ("± about 5 points", "±
 * -5"): past the quantity at the first number within reach, or the token after the sign.
 */
function pastSpread(stream: TokenStream, at: number): number {
  for (let j = at; j < at + SPREAD_REACH; j++) {
    if (stream.at(j).kind !== 'number') continue;
    const q = readQuantity(stream, j, { allowAnd: true, atStart: false, allowSign: false });
    return q?.next ?? j + 1;
  }
  return at + 1;
}

/**
 * "crowds of 20-25,000": a small whole number dashed to a grouped one may share its
 * thousands (20,000 to 25,000, as the press writes it) or be the low end itself (20); either
 * reading is a guess, with a scale word after the grouped end or not ("20-25,000 million").
 * Decimals, a scaled low end and a low end too large to share are not in doubt.
 * `formatRange` joins such ends with "to", which is read as written.
 */
function thousandsElided(stream: TokenStream, low: Quantity, high: Quantity): boolean {
  const a = low.amount;
  const b = high.amount;
  if (a.scaled || a.digits === undefined || b.digits === undefined) return false;
  const first = stream.at(a.first);
  const second = stream.at(b.first);
  if (first.grouped || first.decimal || !second.grouped || second.decimal) return false;
  const value = amountValue(a);
  // The high end's digits, before any scale word: "20-25,000 million" elides as "20-25,000".
  return value > 0 && value < 1000 && value * 1000 <= amountValue(b, 0);
}

/**
 * One figure of a revision, "from 5.2 to 4.8 percent": a unit written only on the other
 * figure applies to it too, as at the ends of a range (5.2%), and so does a scale ("from 2
 * to 3 million" is 2 million) when the two figures then lie within ten times of each other;
 * "from 500 to 1 million" keeps 500.
 */
function revisionFigure(stream: TokenStream, q: Quantity): Core {
  const core = single(q);
  const joiner = stream.at(q.next).lower;
  if (joiner !== 'to' && joiner !== 'from') return core;
  const other = readQuantity(stream, q.next + 1, {
    allowAnd: true,
    atStart: false,
    allowSign: true,
  });
  const unit = other && sharedUnit(q, other);
  if (!other || !unit) return core;
  let value = core.low;
  if (!q.amount.scaled && other.amount.scaled) {
    const shared = amountValue(q.amount, other.amount.exponent);
    const o = amountValue(other.amount);
    if (shared > 0 && o > 0 && shared <= 10 * o && o <= 10 * shared) value = shared;
  }
  return {
    ...core,
    ...unit,
    low: value,
    high: value,
    scaled: value !== core.low || q.amount.scaled,
    noun:
      unit.currency === undefined && unit.ratio === undefined
        ? nounAfter(stream, other)
        : undefined,
  };
}

/** The counted noun right after a quantity ("1,400 people"), which the other figure of a
 * revision counts too ("from 120 to 1,400 people" is 120 people). */
function nounAfter(stream: TokenStream, q: Quantity): Core['noun'] {
  const word = stream.at(q.next);
  if (word.kind !== 'word') return undefined;
  const found = unitNounOf(word.text, amountValue(q.amount) === 1);
  return found === undefined ? undefined : { text: found, index: q.next };
}

function single(q: Quantity): Core {
  const value = amountValue(q.amount);
  const a = q.amount;
  return {
    first: q.first,
    next: q.next,
    kind: 'single',
    low: value,
    high: value,
    lowSigFigs: a.sigFigs,
    highSigFigs: a.sigFigs,
    currency: q.currency,
    ratio: q.ratio,
    yearShaped: a.yearShaped && q.currency === undefined && q.ratio === undefined,
    scaled: a.scaled,
    words: a.digits === undefined,
    central: undefined,
    plusMinus: false,
    noun: undefined,
    share: false,
  };
}

/** The unit two quantities share, or undefined when they name different ones. */
function sharedUnit(a: Quantity, b: Quantity): Pick<Core, 'currency' | 'ratio'> | undefined {
  if (a.currency && b.currency && a.currency !== b.currency) return undefined;
  if (a.ratio && b.ratio && a.ratio !== b.ratio) return undefined;
  const currency = a.currency ?? b.currency;
  const ratio = a.ratio ?? b.ratio;
  if (currency !== undefined && ratio !== undefined) return undefined;
  return { currency, ratio };
}

/**
 * Joins two quantities into a range. A unit written on one end applies to both; a scale
 * written only on the high end applies to the low end too when the result stays ordered
 * ("$50 and 75 billion" is [50e9, 75e9]; "500 to 1 million" stays [500, 1e6]).
 */
function combine(
  first: number,
  lowQ: Quantity,
  highQ: Quantity,
  next: number = highQ.next,
): Core | undefined {
  // A ratio unit follows its number, so a range writes it on the high end or on both ("5 to
  // 7%", "5% to 7%"). Written on the low end only, the second number is not the range's
  // other end: "by one percentage point to 7.5" is a change and a new level.
  if (lowQ.ratio !== undefined && highQ.ratio === undefined) return undefined;
  const unit = sharedUnit(lowQ, highQ);
  if (!unit) return undefined;
  const a = lowQ.amount;
  const b = highQ.amount;
  const high = amountValue(b);
  let low = amountValue(a);
  // "minus 5% to minus 8%": two negative ends are ordered by value, [-8, -5].
  if (a.negative && b.negative && low > high) return combine(first, highQ, lowQ, next);
  let sharesScale = false;
  if (!a.scaled && b.scaled) {
    const shared = amountValue(a, b.exponent);
    // "between 1 and 1 million" is 1 to 1,000,000: a low end equal to the high is no range.
    sharesScale = shared < high;
    if (sharesScale) low = shared;
  }
  // A bare year does not range to a quantity: "the first half of 2019 to 29.974 million".
  if (a.yearShaped && !b.yearShaped && !sharesScale) return undefined;
  if (!(low <= high) || !Number.isFinite(low) || !Number.isFinite(high)) return undefined;
  return {
    first,
    next,
    kind: 'range',
    low,
    high,
    lowSigFigs: a.sigFigs,
    highSigFigs: b.sigFigs,
    currency: unit.currency,
    ratio: unit.ratio,
    yearShaped:
      a.yearShaped && b.yearShaped && unit.currency === undefined && unit.ratio === undefined,
    scaled: a.scaled || b.scaled,
    words: a.digits === undefined && b.digits === undefined,
    central: undefined,
    plusMinus: false,
    noun: undefined,
    share: false,
  };
}

/** A plus-minus range: centre ± spread, ends rounded to 15 digits to shed float noise. */
function plusMinus(first: number, centre: Quantity, spread: Quantity): Core | undefined {
  const unit = sharedUnit(centre, spread);
  if (!unit) return undefined;
  const a = centre.amount;
  const b = spread.amount;
  const c = !a.scaled && b.scaled ? amountValue(a, b.exponent) : amountValue(a);
  const d = Math.abs(amountValue(b));
  const low = Number((c - d).toPrecision(15));
  const high = Number((c + d).toPrecision(15));
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(low <= c && c <= high)) return undefined;
  return {
    first,
    next: spread.next,
    kind: 'range',
    low,
    high,
    lowSigFigs: a.sigFigs,
    highSigFigs: a.sigFigs,
    currency: unit.currency,
    ratio: unit.ratio,
    yearShaped: false,
    scaled: a.scaled || b.scaled,
    words: a.digits === undefined && b.digits === undefined,
    central: c,
    plusMinus: true,
    noun: undefined,
    share: false,
  };
}

/** "tens of thousands", optionally "of victims", "of dollars" or "of KHR". */
function readVague(
  stream: TokenStream,
  k: number,
  length: number,
  low: number,
  high: number,
): Core {
  let next = k + length;
  let currency: string | undefined;
  let noun: Core['noun'];
  if (stream.at(next).lower === 'of') {
    const after = next + 1;
    const word = stream.at(after);
    const named = word.kind === 'word' ? matchLongest(stream, after, CURRENCY_SUFFIX) : undefined;
    if (named) {
      next = after + named.length;
      currency = namedCurrency(stream, k, next, named.value);
    } else if (isIsoCode(word.text)) {
      currency = word.text;
      next = after + 1;
    } else {
      const found = word.kind === 'word' ? unitNounOf(word.text, false) : undefined;
      if (found !== undefined) {
        noun = { text: found, index: after };
        next = after + 1;
      }
    }
  }
  return {
    first: k,
    next,
    kind: 'vague',
    low,
    high,
    lowSigFigs: undefined,
    highSigFigs: undefined,
    currency,
    ratio: undefined,
    yearShaped: false,
    scaled: true,
    words: true,
    central: undefined,
    plusMinus: false,
    noun,
    share: false,
  };
}
