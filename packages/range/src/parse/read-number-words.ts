import type { Amount } from './amount';
import { isHyphen, touchingDash } from './dashes';
import { readFractionBase, readFractionWords } from './fraction-words';
import { TENS, UNITS } from './lexicon/number-words';
import { SCALE_WORDS } from './lexicon/scales';
import * as m from './messages';
import type { AmountContext } from './read-amount';
import { refuse } from './refusal';
import type { TokenStream } from './token-stream';

/** Only scales of a thousand or more stack ("two thousand million"). */
const SMALLEST_STACK = 3;
/** Beyond this a double loses the amount: "billion billion billion" is refused, not read. */
const MAX_EXPONENT = 300;

type Last = 'none' | 'article' | 'unit' | 'teen' | 'tens' | 'hundred' | 'dozen' | 'scale';

/**
 * Reads number words at token `k`: "two", "twenty-five", "a dozen", "half a million",
 * "one hundred and seventy", "three thousand nine hundred and sixty five". Scales must fall
 * between groups; a scale right after a scale multiplies ("two thousand million" is 2e9,
 * "four lakh crore" 4e12). At most a few dozen words are read.
 * A trailing scale word is kept apart as the exponent, so a range can share it.
 *
 * @param stream - the tokens
 * @param k - index of the first word
 * @param context - see {@link AmountContext}
 * @returns the amount (no digits, no significant figures), or undefined
 */
export function readWords(
  stream: TokenStream,
  k: number,
  context: AmountContext,
): Amount | undefined {
  const head = stream.at(k).lower;
  const part = readPartOfBase(stream, k, context);
  if (part !== undefined || head === 'half') return part;
  let i = k;
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let lastExponent = Number.POSITIVE_INFINITY;
  /** Whether a scaled group came before the current one. */
  let afterGroup = false;
  if (head === 'a' || head === 'an') {
    const word = stream.at(k + 1).lower;
    if (word !== 'hundred' && word !== 'dozen' && !SCALE_WORDS.has(word)) return undefined;
    current = 1;
    last = 'article';
    i = k + 1;
  }
  for (;;) {
    // "a two-billion-dollar business", "three-million people": a hyphen before a scale word
    // joins it to the number, as in "122.3-trillion".
    const joined =
      last !== 'none' &&
      last !== 'article' &&
      touchingDash(stream, i, isHyphen) &&
      SCALE_WORDS.has(stream.at(i + 1).lower);
    if (joined) i += 1;
    const token = stream.at(i);
    if (token.kind !== 'word') break;
    const word = token.lower;
    const unit = UNITS.get(word);
    if (unit !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'article' || last === 'dozen') break;
      if (last === 'tens' && unit >= 10) break;
      // Zero is a number only alone: "twenty-zero", "zero hundred" are no English number.
      if (unit === 0 && last !== 'none') break;
      current += unit;
      last = unit < 10 ? 'unit' : 'teen';
      i += 1;
      if (unit === 0) break;
      continue;
    }
    const tens = TENS.get(word);
    if (tens !== undefined) {
      if (last !== 'none' && last !== 'hundred' && last !== 'scale') break;
      current += tens;
      last = 'tens';
      i += 1;
      // "twenty-five": a hyphen touching both words.
      const onesValue = UNITS.get(stream.at(i + 1).lower);
      if (touchingDash(stream, i) && onesValue !== undefined && onesValue > 0 && onesValue < 10) {
        current += onesValue;
        last = 'unit';
        i += 2;
      }
      continue;
    }
    if (word === 'hundred') {
      if (last === 'none' || last === 'hundred' || last === 'scale' || last === 'dozen') break;
      if (current >= 100) break;
      current *= 100;
      last = 'hundred';
      i += 1;
      continue;
    }
    if (word === 'dozen') {
      if (last !== 'article' && last !== 'unit' && last !== 'teen' && last !== 'tens') break;
      current *= 12;
      last = 'dozen';
      i += 1;
      continue;
    }
    const exponent = SCALE_WORDS.get(word);
    if (exponent !== undefined) {
      // "two thousand million", "four lakh crore": a scale right after a scale multiplies,
      // in the first group only; in "six billion nineteen million million" it would
      // multiply the billions too.
      if (
        last === 'scale' &&
        !afterGroup &&
        exponent >= SMALLEST_STACK &&
        lastExponent + exponent <= MAX_EXPONENT
      ) {
        // "two million thousand" is no English number: refused, as "5 million thousand" is.
        if (exponent < (SCALE_WORDS.get(stream.at(i - 1).lower) ?? 0)) {
          refuse(stream, i, i + 1, m.scalesOutOfOrder);
        }
        total *= 10 ** exponent;
        lastExponent += exponent;
        i += 1;
        continue;
      }
      if (last === 'none' || last === 'scale' || exponent >= lastExponent) break;
      // Groups are never zero ("zero" stands alone), so a total is an earlier group.
      afterGroup = total > 0;
      total += current * 10 ** exponent;
      current = 0;
      lastExponent = exponent;
      last = 'scale';
      i += 1;
      continue;
    }
    if (word === 'and' && context.allowAnd && (last === 'hundred' || last === 'scale')) {
      const following = stream.at(i + 1).lower;
      if (UNITS.get(following) || TENS.has(following)) {
        i += 1;
        continue;
      }
    }
    break;
  }
  if (last === 'none' || last === 'article') return undefined;
  // A scale word the number cannot take ("six billion nineteen million million", "two
  // million five billion", "zero million") is refused: the words before it alone would
  // drop a word that multiplies.
  if (SCALE_WORDS.has(stream.at(i).lower)) refuse(stream, i, i + 1, m.scaleNotTaken);
  const endsInScale = last === 'scale';
  const exponent = endsInScale ? lastExponent : 0;
  const value = total + current;
  return wordAmount(
    k,
    i,
    endsInScale ? value / 10 ** exponent : value,
    exponent,
    endsInScale,
    context,
  );
}

/**
 * A fraction of a scale word, a hundred or a dozen: "half a million" (0.5 × 10^6), "a
 * quarter of a million" (0.25 × 10^6), "three-quarters of a billion", "a half-million", "a
 * quarter million", "half a dozen" (6), "half a hundred" (50).
 */
function readPartOfBase(
  stream: TokenStream,
  k: number,
  context: AmountContext,
): Amount | undefined {
  const fraction = readFractionWords(stream, k);
  if (fraction === undefined) return undefined;
  const base = readFractionBase(stream, fraction.last + 1);
  if (base === undefined) return undefined;
  const part = fraction.numerator / fraction.denominator;
  return base.scale
    ? wordAmount(k, base.next, part, base.exponent, true, context)
    : wordAmount(k, base.next, part * base.times * 10 ** base.exponent, 0, false, context);
}

function wordAmount(
  first: number,
  next: number,
  mantissa: number,
  exponent: number,
  scaled: boolean,
  context: AmountContext,
): Amount {
  return {
    first,
    next,
    digits: undefined,
    mantissa,
    exponent,
    scaled,
    sigFigs: undefined,
    negative: context.negative,
    yearShaped: false,
  };
}
