import { nounAfterAdjunct } from './adjunct-noun';
import { isYearToken } from './amount';
import { boundsOf, compoundBounds, fromZero, negate, withCentral, within } from './bounds';
import { unitNounOf } from './build-range';
import type { Core } from './core';
import { aroundFigure } from './interval-around';
import { CHANGE_AFTER, CHANGES } from './lexicon/changes';
import { COMPARATIVE_BEFORE, type Comparative, OR_EQUAL } from './lexicon/qualifiers';
import { matchLongest } from './lexicon/trie';
import * as m from './messages';
import { NEGATED, negatedBefore } from './negation';
import { nonQuantity } from './not-quantity';
import { spanOrBound } from './over-a-duration';
import { periodAfterWhat } from './period-after-what';
import { readBase, readGroup } from './read-base';
import { changeNounAfter, matchChangeNoun } from './read-change';
import { readCore } from './read-core';
import { readIntervalLead } from './read-interval';
import { noNotes, readNotes } from './read-notes';
import { revisionPaired } from './read-revision';
import { readSecondBound } from './read-second-bound';
import { readDenominators, readSuffix, startsNumber } from './read-tail';
import type { Bounds, Reading } from './reading';
import { refuse } from './refusal';
import type { TokenStream } from './token-stream';
import { refuseUnitAfterFigure } from './unit-after-figure';

/**
 * Reads one quantity phrase starting at token `k`, or returns undefined. The grammar:
 *
 * ```text
 * phrase  = [N "%" interval-words [links]] body          (a stated interval)
 * body    = [change] [comparative] core [suffix] [noun] [suffix] [change-noun] [per...]
 *           ["of" base] [notes]
 *         | lower-comparative Q joiner upper-comparative Q   (or the upper bound first)
 * core    = "between" Q ("and" | "to" | dash) Q | "from" Q ("to" | dash) Q
 *         | Q [("to" | "through" | dash) Q] | Q "±" Q | vague ["of" (noun | currency)]
 *         | share                 ("two-thirds of", "one in five", "4 in every 1,000")
 * Q       = [sign] [currency] amount ["(" restatement ")"] [currency | ratio unit]
 * change  = "fell" ["by"] | "a decline of" | "rose" ["by"] | "up" | "slashed by" | ...
 * per     = period | "per capita" | "per" noun             ("per worker per month")
 * ```
 *
 * After a verb of revision in the same clause ("revised the toll from 120 to 1,400"), "from X
 * to Y" is two figures: each is read alone and marked by the word before it. Both must be
 * there: "raised its outlook by one percentage point to 7.5" has no old figure, so its "to"
 * gives a change's new level, not a revision.
 *
 * Every rule reads a bounded number of tokens, so a phrase never looks more than a few
 * dozen tokens past `k`: extraction over any input stays linear.
 *
 * @param stream - the tokens
 * @param k - index of the first token
 * @returns what the phrase says, or undefined when no phrase starts here
 */
export function readPhrase(stream: TokenStream, k: number): Reading | undefined {
  const interval = readIntervalLead(stream, k);
  if (interval) {
    const joined = readBody(stream, k, interval.next, undefined);
    if (joined && joined.low !== joined.high) {
      // Its lead says what the phrase is: never a label or a reference, "(95% CI 1.4 to 3.8)".
      const meaning = { kind: 'interval', level: interval.level } as const;
      return { ...joined, nonQuantity: 'no', meaning };
    }
  }
  const head = stream.at(k).lower;
  // "revised the toll from 120 to 1,400", "revised down … to 26,271 from 41,000": two
  // figures, each read alone and marked by the word before it.
  // A revision states both figures: a "to" without its "from" is a change's new level.
  if (head === 'from' && revisionPaired(stream, k, k + 1)) return undefined;
  // "revised its forecast up to 5.2% from 4.8%": after a verb of revision, "up to" gives the
  // new figure.
  const turn = (head === 'up' || head === 'down') && stream.at(k + 1).lower === 'to';
  if (turn && revisionPaired(stream, k + 1, k + 2)) return undefined;
  // "unemployment edged up to 4.3% from 4.1%": a level reached from another, not a bound.
  if (turn && fromFigureAfter(stream, k + 2)) return undefined;
  const prev = stream.at(k - 1).lower;
  const side = prev === 'from' || prev === 'to' ? prev : undefined;
  const revised = side !== undefined && revisionPaired(stream, k - 1, k) ? side : undefined;
  return readBody(stream, k, k, revised);
}

function readBody(
  stream: TokenStream,
  k: number,
  from: number,
  revision: 'from' | 'to' | undefined,
): Reading | undefined {
  let i = from;
  let change = matchLongest(stream, i, CHANGES) ?? matchChangeNoun(stream, i);
  // "making up 64.6% of the total", "shut down 2.6 million accounts": "up" and "down" are
  // the particles of the verb before them, not a rise or a fall.
  const particle = PARTICLE_VERBS.get(stream.at(i).lower);
  if (change && particle?.has(stream.at(i - 1).lower)) change = undefined;
  const before0 = matchLongest(stream, i, COMPARATIVE_BEFORE);
  // "up to 60%" is a bound, not the change "up": the longer reading wins.
  if (change && before0 && before0.length > change.length) change = undefined;
  if (change) i += change.length;
  let cmp: Comparative | undefined;
  let boundAt = -1;
  const before = change ? matchLongest(stream, i, COMPARATIVE_BEFORE) : before0;
  const negatedChange = change !== undefined && negatedBefore(stream, k);
  if (before) {
    // "fell below 400,000" is a level, not a change; "fell more than 5%" is a change, as
    // "fell by more than 5%": without "by", only a bound of place (below, under, above) is a level.
    if (
      change &&
      !change.value.by &&
      before.value !== 'approx' &&
      !ONE_SIDED.has(before.value) &&
      LEVEL_WORDS.has(stream.at(i + before.length - 1).lower)
    ) {
      return undefined;
    }
    cmp = before.value;
    boundAt = i;
    // "must not be lower than 19.2 billion", "didn't fall by more than 5%": a negated strict
    // bound is the opposite bound.
    if (negatedChange || (i === k && negatedBefore(stream, k))) cmp = NEGATED.get(cmp) ?? cmp;
    i += before.length;
    // "up to about 60%", "more than an estimated 350,000": the bound wins, "about" adds nothing.
    const hedge = matchLongest(stream, i, COMPARATIVE_BEFORE);
    if (hedge?.value === 'approx' && cmp !== 'approx') i += hedge.length;
  }
  const core = readCore(stream, i, {
    atStart: i === k,
    afterChange: change !== undefined,
    single: revision !== undefined,
    qualified: i > from,
  });
  if (!core) return undefined;
  // "did not fall 5%" says only what the change was not: no range follows from it.
  if (negatedChange && !(before && NEGATED.has(before.value))) {
    refuse(stream, k, core.next, m.negatedChange);
  }
  // "more than tens of thousands": the vague magnitude is the phrase, read where it starts.
  if (core.kind === 'vague' && cmp !== undefined) return undefined;
  let j = core.next;
  let suffix = suffixAfter(stream, j, cmp, core);
  if (suffix) {
    cmp = suffix.value;
    j += suffix.length;
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
  let base: string | undefined;
  if (core.share) {
    // "four in every 1,000 residents", "per 1,000 live births": what the share is of.
    const group = readGroup(stream, j);
    if (group) {
      base = group.text;
      j = group.next;
    }
  } else if (unitless && noun === undefined) {
    const word = stream.at(j);
    const one = core.low === 1 && core.high === 1;
    const found = word.kind === 'word' ? unitNounOf(word.text, one) : undefined;
    if (found !== undefined) {
      noun = found;
      nounText = word.text;
      j += 1;
      // "50 people smugglers", "500 fish farms": the figure counts the second noun.
      const second = nounAfterAdjunct(stream, j, found, one);
      if (second !== undefined) {
        noun = second;
        nounText = stream.input.slice(word.start, stream.at(j).end);
        j += 1;
      }
      // "350,000 people or more", "about 500 people or more".
      suffix = suffixAfter(stream, j, cmp, core);
      if (suffix) {
        cmp = suffix.value;
        j += suffix.length;
      }
    }
  }
  // "rose 10% over three quarters", "for three quarters": quarters of a year, perhaps, not
  // three quarters of a whole.
  const quarters = unitless && noun === undefined && quartersAsTime(stream, j);
  if (quarters && TIME_BEFORE.has(stream.at(k - 1).lower)) {
    refuse(stream, k, j, m.quartersOfAYear);
  }
  const duration = quarters ? 'quarters' : noun;
  if (duration !== undefined && boundAt >= 0 && spanOrBound(stream, boundAt, duration, j)) {
    refuse(stream, boundAt, j, m.overADuration);
  }
  // "a 5 km walk", "a 10 year plan", "the 400m final": see `unit-after-figure.ts`.
  if (unitless && noun === undefined) refuseUnitAfterFigure(stream, k, core, j);
  // "a 12% slump", "a 3.1% contraction": a change named after the number.
  // "a 12% slump", "a £60 billion a year increase": a change named after the figure.
  let sign = change?.value.sign;
  const direct = sign === undefined ? CHANGE_AFTER.get(stream.at(j).lower) : undefined;
  if (direct !== undefined) {
    sign = direct;
    j += 1;
  }
  // "42,000 a game", "$25 a share": "a" with a noun is a rate after any figure but a year's.
  const priced = currency !== undefined;
  let denominators = readDenominators(stream, j, priced, !core.yearShaped);
  // "10 million barrels of oil per day": the period after what the figure measures.
  if (denominators.per.length === 0 && ratio === undefined && !core.share) {
    denominators = periodAfterWhat(stream, j, priced, !core.yearShaped) ?? denominators;
  }
  j = denominators.next;
  const after =
    sign === undefined && core.kind !== 'vague' ? changeNounAfter(stream, k, j) : undefined;
  if (after) {
    sign = after.sign;
    j = after.next;
  }
  let resume = j;
  if (base === undefined && (ratio !== undefined || core.share)) {
    const read = readBase(stream, j);
    if (read) {
      base = read.text;
      resume = read.next;
    }
  }
  const notesAt = resume;
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
  if (notes.interval) {
    const around = compound ? undefined : aroundFigure(core, cmp, notes.interval, currency, ratio);
    // "5.1 (95% CI 4.2-6.0) per 1,000": the rate's base after the note is not read there.
    if (around && stream.at(notes.next).lower === 'per') {
      refuse(stream, k, notes.next + 1, m.perAfterNote);
    }
    if (around) bounds = around;
    else notes = noNotes(notesAt);
  }
  if (notes.next > notesAt) {
    j = notes.next;
    resume = j;
  }
  const written = bounds.high < 0 || (bounds.low < 0 && bounds.low > -Infinity);
  if (sign !== undefined && written) {
    // "fell -6%": a sign written on the size says the direction again. With a fall it agrees,
    // and the size is not turned over twice; "rose -6%" or "fell by -2 to 3%" contradict it.
    if (sign === 1 || bounds.high > 0) refuse(stream, k, j, m.signAgainstChange);
  } else {
    // "rose by less than 1%", "fell by up to 5%": the size of a change is never below zero,
    // so a size bounded only above lies between no change and that bound.
    if (sign !== undefined && bounds.low === -Infinity && bounds.high > 0) {
      bounds = fromZero(bounds);
    }
    if (sign === -1) bounds = negate(bounds);
  }
  const per = denominators.per;
  const bare = unitless && per.length === 0 && !compound && !core.share;
  const plain = bare && noun === undefined;
  const changed = sign !== undefined;
  return {
    first: k,
    next: j,
    resume,
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
    per,
    base,
    meaning: notes.meaning ?? (core.plusMinus ? PLUS_MINUS_MEANING : undefined),
    // A change before a bare year is not a change of it: "increases 2016-17 spending".
    nonQuantity:
      changed && !core.yearShaped
        ? 'no'
        : nonQuantity(stream, k, core, cmp, plain, bare && noun !== undefined),
    bareWord:
      !changed &&
      core.words &&
      core.kind === 'single' &&
      !core.scaled &&
      cmp === undefined &&
      plain,
    change: sign === undefined ? undefined : sign === -1 ? 'fall' : 'rise',
    revision,
    scaled: last.scaled,
  };
}

/**
 * A bound after the figure or its noun ("or more", "+"). It wins over a hedge before the
 * figure ("about 500 or more" is [500, +inf)), but not over a bound there, and "or so" adds
 * nothing to a hedge. A vague magnitude takes none: "tens of thousands or more" is as vague.
 */
function suffixAfter(
  stream: TokenStream,
  j: number,
  cmp: Comparative | undefined,
  core: Core,
): ReturnType<typeof readSuffix> {
  const hedged = !cmp || cmp === 'approx' || cmp === 'exact';
  const suffix = hedged && core.kind !== 'vague' ? readSuffix(stream, j) : undefined;
  return cmp && suffix?.value === 'approx' ? undefined : suffix;
}

/** How far after "up to" a "from" and its figure are looked for. */
const FROM_REACH = 8;

/**
 * Whether "from" and a figure (not a year) follow within the clause: "up to 4.3% from 4.1%"
 * names two levels, where "up to 60% from current levels" and "up to 60% from 2025" bound one.
 */
function fromFigureAfter(stream: TokenStream, i: number): boolean {
  for (let j = i; j < i + FROM_REACH; j++) {
    const token = stream.at(j);
    if (token.kind === 'end' || token.text === '.' || token.text === ';') return false;
    if (token.lower !== 'from' || !startsNumber(stream, j + 1)) continue;
    const figure = stream.at(j + 1).kind === 'number' ? stream.at(j + 1) : stream.at(j + 2);
    return !isYearToken(figure);
  }
  return false;
}

/** Approximations that may follow a change verb directly: "fell nearly 5%". */
const ONE_SIDED: ReadonlySet<Comparative> = new Set(['nearly', 'just-over']);

/** The last words of bounds that name a level a change reaches, not its size. */
const LEVEL_WORDS: ReadonlySet<string> = new Set(['below', 'under', 'above']);

const PLUS_MINUS_MEANING = { kind: 'plus-minus' } as const;

/** The forms of verbs, for the particle tables below. */
const forms = (verbs: string): ReadonlySet<string> => new Set(verbs.split(' '));

/**
 * Verbs whose particle "up" or "down" is no change of the figure after it: "making up 64.6%",
 * "took up 5% of the budget", "eats up 60% of revenue", "racked up $5bn in losses", "signed up
 * 2 million users", "shut down 2.6 million accounts", "handed down 10 years",
 * "took down 3 million posts". Verbs of a level's own movement ("went down 5%", "edged up
 * 0.1%", "closed down 2.3%") are not here, and stay changes.
 */
const PARTICLE_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'up',
    forms(
      'make makes made making take takes took taken taking add adds added adding sum sums summed ' +
        'eat eats ate eaten eating use uses used using rack racks racked racking clock clocks ' +
        'clocked clocking snap snaps snapped snapping buy buys bought buying soak soaks soaked ' +
        'soaking gobble gobbles gobbled gobbling free frees freed freeing set sets setting sign ' +
        'signs signed signing mop mops mopped mopping',
    ),
  ],
  [
    'down',
    forms(
      'shut shuts shutting take takes took taken taking hand hands ' +
        'handed handing track tracks tracked tracking hunt hunted turn turns turned turning ' +
        'strike strikes struck striking knock knocked tear tore torn pull pulled shoot shot ' +
        'gun gunned mow mowed chop chopped',
    ),
  ],
]);

/** Words before a span of time: "for three quarters", "in the past three quarters". */
const TIME_BEFORE: ReadonlySet<string> = new Set([
  'for',
  'in',
  'within',
  'during',
  'after',
  'past',
  'last',
  'next',
  'first',
  'consecutive',
  'straight',
  'successive',
]);

/**
 * A fraction in words ending in "quarters" with no "of" after it, which may count quarters
 * of a year: "over three quarters" after a change is a span of time; "over three quarters of
 * the budget" is a share.
 */
function quartersAsTime(stream: TokenStream, j: number): boolean {
  const last = stream.at(j - 1);
  return last.lower === 'quarters' && last.kind === 'word' && stream.at(j).lower !== 'of';
}
