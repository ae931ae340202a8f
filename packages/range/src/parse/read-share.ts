import { amountValue } from './amount';
import { unitNounOf } from './build-range';
import type { Core } from './core';
import { isHyphen, touchingDash } from './dashes';
import { readFractionBase, readFractionWords } from './fraction-words';
import { RATIO_UNITS, type RatioUnit } from './lexicon/ratio-units';
import { SCALE_WORDS } from './lexicon/scales';
import { matchLongest } from './lexicon/trie';
import { readAmount } from './read-amount';
import { readGroup } from './read-base';
import type { TokenStream } from './token-stream';

/** Words before "half" that make it a stretch of time or a part, not a share. */
const TIME_HALF: ReadonlySet<string> = new Set([
  'first',
  'second',
  'last',
  'latter',
  'former',
  'other',
  'the',
  'this',
  'that',
  'next',
  'previous',
  'each',
]);

/**
 * Words that make "N in M" a share: "one in five", "three in every four", "seven out of
 * ten", and "eight of 10 Filipinos" (plain "of" only before the group counted).
 */
const IN_EVERY: readonly (readonly string[])[] = [
  ['in', 'every'],
  ['out', 'of', 'every'],
  ['out', 'of'],
  ['in'],
  ['of'],
];

/**
 * A share in words, at token `k`:
 *
 * - a fraction before "of" (or "half the"): "half of", "a third of", "two-thirds of",
 *   "three quarters of", "one-fifth of". Its value is the ratio in unit `1` (1/3 is the
 *   double nearest one third).
 * - "N in M", "N in every M", "N out of M": a rate, N ≤ M. Per ten or per hundred it is a
 *   percentage ("one in five" is 20%, "seven out of ten" 70%), per thousand a per mille
 *   ("four in every 1,000 residents" is 4‰), and per any other number the ratio in unit
 *   `1` ("5 in every 100,000" is 5e-5).
 *
 * - "N per M", M a power of ten from 100 ("17.4 per 100,000 people"), by the same rule.
 *
 * @param stream - the tokens
 * @param k - index of the first token
 * @param context - see {@link ShareContext}
 * @returns the core (a single value marked `share`), or undefined
 */
export function readShare(stream: TokenStream, k: number, context: ShareContext): Core | undefined {
  return readFraction(stream, k, context) ?? readRate(stream, k);
}

/** How a share is being read. */
export interface ShareContext {
  /** A comparative or a change comes before: "over a third", "dropped by a third". */
  readonly qualified: boolean;
}

function readFraction(stream: TokenStream, k: number, context: ShareContext): Core | undefined {
  const head = stream.at(k);
  // "the first half of 2019", "the second half of the year": a stretch of time.
  if (head.lower === 'half' && TIME_HALF.has(stream.at(k - 1).lower)) return undefined;
  const fraction = readFractionWords(stream, k);
  if (fraction === undefined) return undefined;
  // "a quarter of a million", "half a dozen": an amount (the number-word reader's).
  if (readFractionBase(stream, fraction.last + 1) !== undefined) return undefined;
  const { numerator, denominator, last: i } = fraction;
  const after = stream.at(i + 1);
  // "half a point", "three-quarters of a percent": a fraction of a point or a percent.
  const of = after.lower === 'of' ? 1 : 0;
  if (stream.at(i + 1 + of).lower === 'a') {
    const unit = ratioAfter(stream, i + 2 + of);
    if (unit !== undefined) return shareCore(k, unit.next, numerator / denominator, unit.ratio);
  }
  // "half an hour", "half a day": a stretch of time, not a share.
  if (after.lower === 'a' || after.lower === 'an') return undefined;
  // "a third" and "half" are shares before "of" ("half the" too) or at the end of a phrase
  // ("dropped by a third.", "over a third"); before a noun they are ordinals or time ("a
  // third term"). "two-thirds" and "two thirds" are shares wherever they stand. Hyphened to
  // the word after, a fraction is an adjective ("a half-day strike", "a third-party vendor").
  const free = numerator > 1 || i > k + 1 || context.qualified;
  const share =
    after.lower === 'of' ||
    (head.lower === 'half' && after.lower === 'the') ||
    (after.kind !== 'word' && !(isHyphen(after.text) && !after.spaceBefore)) ||
    free;
  // "cut by a quarter point", "a half-point rise", "a half-percent": a fraction of a
  // percentage point or of a percent, never the fraction itself.
  const unit = ratioAfter(stream, i + 1);
  if (unit !== undefined) return shareCore(k, unit.next, numerator / denominator, unit.ratio);
  if (!share) return undefined;
  return shareCore(k, i + 1, numerator / denominator, undefined);
}

/**
 * The ratio written at `j`, spaced or hyphenated, and the index after it: "point(s)" and
 * "percentage point(s)" are `pp`, "percent" `%`, "basis point" `bp`.
 */
function ratioAfter(
  stream: TokenStream,
  j: number,
): { ratio: RatioUnit; next: number } | undefined {
  const at = touchingDash(stream, j) ? j + 1 : j;
  const word = stream.at(at).lower;
  if (word === 'point' || word === 'points') return { ratio: 'pp', next: at + 1 };
  const unit = matchLongest(stream, at, RATIO_UNITS);
  if (unit === undefined) return undefined;
  const next = at + unit.length;
  // "a half-percentage-point cut": "percentage" hyphened to "point" is a percentage point.
  const point = touchingDash(stream, next, isHyphen) && stream.at(next + 1).lower;
  if (point === 'point' || point === 'points') return { ratio: 'pp', next: next + 2 };
  return { ratio: unit.value, next };
}

/** Words that may follow the first number of a rate: "one in five", "17.4 per 100,000". */
const RATE_JOINERS: ReadonlySet<string> = new Set(['in', 'out', 'of', 'per', '/']);

function readRate(stream: TokenStream, k: number): Core | undefined {
  // A cheap look before reading: digits must be followed by a joiner, or a noun and "per".
  if (stream.at(k).kind === 'number') {
    const peek = stream.at(k + 1);
    const joins = RATE_JOINERS.has(peek.lower) || RATE_JOINERS.has(stream.at(k + 2).lower);
    if (!joins) return undefined;
  }
  // "one hundred and five in every 1,000": "and" joins number words, as in a plain figure.
  const context = { allowAnd: true, atStart: true, negative: false };
  const n = readAmount(stream, k, context);
  if (!n || n.scaled) return undefined;
  let i = n.next;
  // "9 children per 100,000 live births": the counted noun before "per" is what the rate
  // counts; the rate itself is a ratio.
  const counted = stream.at(i);
  if (counted.kind === 'word' && isPer(stream, i + 1)) {
    if (unitNounOf(counted.text, false) !== undefined) i += 1;
  }
  let joined = false;
  let ofOnly = false;
  for (const words of IN_EVERY) {
    if (words.every((w, x) => stream.at(i + x).lower === w)) {
      i += words.length;
      joined = true;
      ofOnly = words.length === 1 && words[0] === 'of';
      break;
    }
  }
  const per = !joined && isPer(stream, i);
  if (per) i += 1;
  else if (!joined) return undefined;
  // "per thousand", "in every hundred": a scale word alone is its power of ten.
  const word = stream.at(i).lower;
  const scaleAlone = per || (joined && stream.at(i - 1).lower === 'every');
  const scale = scaleAlone ? (word === 'hundred' ? 2 : SCALE_WORDS.get(word)) : undefined;
  const m = scale === undefined ? readAmount(stream, i, { ...context, atStart: false }) : undefined;
  if (scale === undefined && (!m || m.yearShaped)) return undefined;
  const top = amountValue(n);
  const bottom = m ? amountValue(m) : 10 ** (scale ?? 0);
  const end = m ? m.next : i + 1;
  // "two of three" alone is a count; "eight of 10 Filipinos" a share of the Filipinos.
  if (ofOnly && (bottom > 100 || !readGroup(stream, end))) return undefined;
  if (!(top >= 0 && bottom > 0 && Number.isInteger(bottom))) return undefined;
  // "N in M" is a part of a whole; "N per M" a rate per a round number.
  if (per ? !isPowerOfTen(bottom) || bottom < 100 : top > bottom) return undefined;
  if (bottom === 1000) return shareCore(k, end, top, 'permille');
  if (bottom <= 100) return shareCore(k, end, Number(((100 * top) / bottom).toPrecision(15)), '%');
  return shareCore(k, end, Number((top / bottom).toPrecision(15)), undefined);
}

/** "per" or a slash touching the number ("deaths/1,000"). */
function isPer(stream: TokenStream, i: number): boolean {
  const token = stream.at(i);
  return token.lower === 'per' || (token.text === '/' && !token.spaceBefore);
}

function isPowerOfTen(x: number): boolean {
  return Number.isInteger(Math.log10(x)) && x === 10 ** Math.log10(x);
}

/**
 * The core of a share: one value, or a range when `high` differs ("between a third and a
 * half").
 *
 * @param first - index of its first token
 * @param next - index after its last token
 * @param value - the value, or the range's low end
 * @param ratio - its ratio unit, if any (unit `1` otherwise)
 * @param high - the range's high end
 */
export function shareCore(
  first: number,
  next: number,
  value: number,
  ratio: RatioUnit | undefined,
  high: number = value,
): Core {
  return {
    first,
    next,
    kind: high === value ? 'single' : 'range',
    low: value,
    high,
    lowSigFigs: undefined,
    highSigFigs: undefined,
    currency: undefined,
    ratio,
    yearShaped: false,
    scaled: false,
    words: false,
    central: undefined,
    plusMinus: false,
    noun: undefined,
    share: true,
  };
}
