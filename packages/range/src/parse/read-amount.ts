import { type Amount, isYearToken } from './amount';
import { isDash, isHyphen, touchingDash } from './dashes';
import { readFractionWords } from './fraction-words';
import { CURRENCY_SUFFIX, isIsoCode, SUBUNITS } from './lexicon/currencies';
import { TENS, UNITS } from './lexicon/number-words';
import { HYPHENED_PERIODS } from './lexicon/periods';
import { RATIO_UNITS } from './lexicon/ratio-units';
import { isGluedScale, SCALE_AFTER_DIGITS, SCALE_WORDS, TIGHT_SCALES } from './lexicon/scales';
import { matchLongest } from './lexicon/trie';
import * as m from './messages';
import { readWords } from './read-number-words';
import { Refusal, refuse } from './refusal';
import { refuseSpacedDigits } from './spaced-digits';
import type { Token } from './token';
import type { TokenStream } from './token-stream';

/** How an amount is being read. */
export interface AmountContext {
  /** "and" may join number words ("one hundred and seventy"); not inside "between … and". */
  readonly allowAnd: boolean;
  /** The amount starts a phrase, so what touches it on the left matters ("COVID-19"). */
  readonly atStart: boolean;
  /** Whether the sign is negative (read by the caller). */
  readonly negative: boolean;
}

/**
 * Reads a number at token `k`: digits with an optional scale (`12.5`, `19 billion`, `5bn`,
 * `$12.5B`), or number words (`two`, `twenty-five`, `a dozen`, `half a million`,
 * `three hundred and fifty thousand`). Looks at most a few dozen tokens ahead.
 *
 * @param stream - the tokens
 * @param k - index of the first token
 * @param context - see {@link AmountContext}
 * @returns the amount, or undefined when there is no number here
 */
export function readAmount(
  stream: TokenStream,
  k: number,
  context: AmountContext,
): Amount | undefined {
  const token = stream.at(k);
  const whole =
    token.kind === 'number'
      ? readDigits(stream, k, token, context)
      : token.kind === 'word'
        ? wordsAlone(stream, readWords(stream, k, context))
        : undefined;
  return whole && context.allowAnd ? withFraction(stream, whole) : whole;
}

/**
 * A number in words hyphened to a word that is no scale, ratio, currency or period is half of
 * a compound adjective ("a five-year plan", "risen five-fold", "a one-off payment"), as "a
 * 5-year plan" is in digits; read alone, "risen five-fold" was a rise of 5.
 */
function wordsAlone(stream: TokenStream, amount: Amount | undefined): Amount | undefined {
  // A scale hyphened to a word ("three million-year-old") is refused where it is read.
  if (amount === undefined || amount.scaled) return amount;
  if (!touchingDash(stream, amount.next, isHyphen)) return amount;
  const word = stream.at(amount.next + 1);
  // "twenty-ten" is no number, and no compound either: refused where it is read.
  if (word.kind !== 'word' || UNITS.has(word.lower) || TENS.has(word.lower)) return amount;
  if (isHyphenSuffix(stream, amount.next + 1)) return amount;
  return matchLongest(stream, amount.next + 1, HYPHENED_PERIODS) ? amount : undefined;
}

/**
 * A whole number, "and" and a fraction, then a scale word if any: "five and a half million"
 * (5.5 × 10^6), "2 and a half million", "one and three quarters", "twenty-one and a half
 * thousand". Read as the whole number alone, the fraction and the scale after it would be
 * dropped, or read as a figure of their own ("a half million").
 */
function withFraction(stream: TokenStream, whole: Amount): Amount {
  if (whole.scaled || !Number.isInteger(whole.mantissa)) return whole;
  if (stream.at(whole.next).lower !== 'and') return whole;
  const fraction = readFractionWords(stream, whole.next + 1);
  if (fraction === undefined) return whole;
  const mantissa = whole.mantissa + fraction.numerator / fraction.denominator;
  const exponent = SCALE_WORDS.get(stream.at(fraction.last + 1).lower);
  return {
    first: whole.first,
    next: fraction.last + (exponent === undefined ? 1 : 2),
    // Not as written in digits: the value is the mantissa's, and no figure is significant.
    digits: undefined,
    mantissa,
    exponent: exponent ?? 0,
    scaled: exponent !== undefined,
    sigFigs: undefined,
    negative: whole.negative,
    yearShaped: false,
  };
}

function readDigits(
  stream: TokenStream,
  k: number,
  token: Token,
  context: AmountContext,
): Amount | undefined {
  if (context.atStart && touchesOnLeft(stream, k)) return undefined;
  if (touchesOnRight(stream, k)) return undefined;
  refuseSpacedDigits(stream, k);
  if (token.malformed) {
    refuse(stream, k, k + 1, m.malformedGrouping);
  }
  const mantissa = Number(token.digits);
  let next = k + 1;
  // "1.5E+9": a written power of ten is a scale of its own, never shared with another end.
  let exponent = token.exponent;
  let scaled = exponent !== 0;
  let after = stream.at(next);
  // "122.3-trillion": a hyphen between number and scale.
  if (isHyphen(after.text) && !after.spaceBefore) {
    const word = stream.at(next + 1);
    if (
      !word.spaceBefore &&
      word.kind === 'word' &&
      matchLongest(stream, next + 1, SCALE_AFTER_DIGITS)
    ) {
      next += 1;
      after = word;
    }
  }
  if (after.kind === 'word') {
    const tight = after.spaceBefore ? undefined : TIGHT_SCALES.get(after.lower);
    if (tight && (tight.case !== 'upper' || after.text === after.text.toUpperCase())) {
      exponent = tight.exponent;
      scaled = true;
      next += 1;
    } else {
      const match = matchLongest(stream, next, SCALE_AFTER_DIGITS);
      if (match) {
        exponent += match.value.exponent;
        scaled = true;
        next += match.length;
        next = stackScales(stream, next, match.value.exponent, (e) => {
          exponent += e;
        });
      } else if (isGluedScale(after.text)) {
        // "20 billionUSD": read without its scale, the figure would be a billion times off.
        refuse(stream, next, next + 1, m.gluedScale);
      }
    }
  }
  // The common cases, a plain number or one with a scale word ("12.5 billion"), are far
  // from both ends of a double and need no second conversion: within these limits the value
  // lies between 1e-280 and 1e280. A mantissa of 0 is no such case: its digits may be zeros,
  // or a fraction too small for a double ("0.<400 zeros>1").
  const ordinary = mantissa >= 1e-30 && mantissa <= 1e30 && exponent >= -250 && exponent <= 250;
  if (!ordinary) checkMagnitude(stream, k, next, token.digits, exponent);
  return {
    first: k,
    next,
    digits: token.digits,
    mantissa,
    exponent,
    scaled,
    sigFigs: token.sigFigs,
    negative: context.negative,
    yearShaped: !scaled && isYearToken(token),
  };
}

/** At most this many scale words stack: "₹2 lakh crore", "5 thousand million". */
const MAX_STACK = 3;

/**
 * Scale words after a scale word multiply, each at least as large as the one before:
 * "2 lakh crore" (or "lakh-crore") is 2 × 10^5 × 10^7, "5 thousand million" 5 × 10^9, "5 billion billion"
 * 5 × 10^18. A smaller one after a larger ("5 million thousand") is no English number, so
 * the phrase is refused.
 *
 * @returns the index after the last scale word read
 */
function stackScales(
  stream: TokenStream,
  from: number,
  first: number,
  add: (exponent: number) => void,
): number {
  let next = from;
  let last = first;
  for (let n = 0; n < MAX_STACK; n++) {
    // "Rs 2.5 lakh-crore": a hyphen may join two scale words.
    const joined = touchingDash(stream, next, isHyphen) ? 1 : 0;
    const match = matchLongest(stream, next + joined, SCALE_AFTER_DIGITS);
    if (!match) break;
    next += joined;
    const e = match.value.exponent;
    if (e < last) {
      refuse(stream, next, next + 1, m.scalesOutOfOrder);
    }
    add(e);
    last = e;
    next += match.length;
  }
  return next;
}

/** The smallest normal double: below it a value has lost digits (or become 0). */
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/**
 * Refuses a number a double cannot hold as written: one that overflows to Infinity
 * ("9" × 400, "1e999") or underflows to 0 or a subnormal ("0.<400 zeros>1").
 */
function checkMagnitude(
  stream: TokenStream,
  k: number,
  next: number,
  digits: string,
  exponent: number,
): void {
  const value = Math.abs(Number(`${digits}e${exponent}`));
  const nonZero = /[1-9]/.test(digits);
  if (Number.isFinite(value) && (!nonZero || value >= SMALLEST_NORMAL)) return;
  const token = stream.at(k);
  const message = Number.isFinite(value)
    ? m.tooSmall(stream.input, token.text, token.start)
    : m.tooLarge(stream.input, token.text, token.start);
  throw new Refusal(message, token.start, next);
}

/**
 * Whether the number touches something on its left that makes it part of a name or code
 * rather than a quantity: a word ("G20", "COVID-19", "F-16"), a number across a hyphen
 * (the "01" of "1995-01"), or a sign such as `#`, `=`, `/`, `:`. The cent sign `¢` is
 * among them: written before a number it names no one currency (the cedi's old sign, or a
 * cent sign misplaced), and the number alone would drop it.
 */
function touchesOnLeft(stream: TokenStream, k: number): boolean {
  const token = stream.at(k);
  if (token.spaceBefore) return false;
  const before = stream.at(k - 1);
  if (before.kind === 'word' || before.kind === 'number' || before.kind === 'url') return true;
  if (before.kind === 'hidden') return true;
  if (before.kind !== 'symbol') return false;
  const sign = before.text;
  if ('#@=_^\\|&/:.\u00a2'.includes(sign)) return true;
  if (isDash(sign) && !before.spaceBefore) {
    const prior = stream.at(k - 2);
    // The second number of "1995-01" or "2024–25"; a range would have been read from the first.
    if (prior.kind === 'number') return true;
    // A hyphen, not an en or em dash: "COVID-19" is a name, "people—7%" is punctuation.
    return isHyphen(sign) && prior.kind === 'word';
  }
  return false;
}

/** A power of ten from 100 written in digits ("1000", "100,000"): the base of a rate. */
function isRoundBase(token: Token): boolean {
  return !token.decimal && token.exponent === 0 && /^10{2,}$/.test(token.digits);
}

/**
 * A word joined to the number by a hyphen that keeps it a quantity: a scale, a ratio unit, a
 * currency ("122.3-trillion-yen", "16.5-percent", "12-cent"). Any other word makes the number
 * part of a compound adjective ("a 5-year plan"), which the parser leaves alone.
 */
export function isHyphenSuffix(stream: TokenStream, i: number): boolean {
  const word = stream.at(i);
  if (word.kind !== 'word') return false;
  return (
    isIsoCode(word.text) ||
    matchLongest(stream, i, SCALE_AFTER_DIGITS) !== undefined ||
    matchLongest(stream, i, RATIO_UNITS) !== undefined ||
    matchLongest(stream, i, CURRENCY_SUFFIX) !== undefined ||
    matchLongest(stream, i, SUBUNITS) !== undefined
  );
}

/** Words after a hanging hyphen that join it to the rest of its compound. */
const SUSPENDED_BEFORE: ReadonlySet<string> = new Set(['to', 'and', 'or']);

/**
 * Whether the number touches something on its right that makes it part of a code: a
 * word that is not a scale, a ratio unit or a currency code ("10th", "5G", "1990s"); a
 * slash or colon and another number (dates, times, fractions); a dot and a number
 * (versions); or a chain of three numbers joined by hyphens (phone numbers, ISO dates).
 */
function touchesOnRight(stream: TokenStream, k: number): boolean {
  const after = stream.at(k + 1);
  if (after.spaceBefore || after.kind === 'end') return false;
  if (after.kind === 'word') {
    if (TIGHT_SCALES.has(after.lower) || isIsoCode(after.text)) return false;
    if (matchLongest(stream, k + 1, SCALE_AFTER_DIGITS)) return false;
    return !matchLongest(stream, k + 1, RATIO_UNITS);
  }
  if (after.kind !== 'symbol') return after.kind === 'url' || after.kind === 'hidden';
  const third = stream.at(k + 2);
  const joinsNumber = !third.spaceBefore && third.kind === 'number';
  // "2.1/1000" is a rate per thousand, read as a share; "1/2" and "10:30" are not quantities.
  if (after.text === '/' && joinsNumber && isRoundBase(third)) return false;
  if ((after.text === '/' || after.text === ':' || after.text === '.') && joinsNumber) return true;
  // "9984.T": a ticker.
  if (after.text === '.' && !third.spaceBefore && third.kind === 'word') return true;
  // "16- to 24-year-olds", "2- and 3-fold": a hyphen left hanging by a compound adjective
  // whose second part is written once, after the next number.
  if (isHyphen(after.text) && third.spaceBefore && SUSPENDED_BEFORE.has(third.lower)) return true;
  // "a 5-year plan": a compound adjective; "122.3-trillion-yen" and "$5-a-day" stay
  // quantities.
  if (isHyphen(after.text) && !third.spaceBefore && third.kind === 'word') {
    // "1,500-plus families": a bound, read after the number; "a 40-plus-year career" is a
    // compound adjective still.
    if (third.lower === 'plus') return touchingDash(stream, k + 3, isHyphen);
    return !isHyphenSuffix(stream, k + 2) && !matchLongest(stream, k + 2, HYPHENED_PERIODS);
  }
  if (isDash(after.text) && joinsNumber) {
    // Two numbers across a hyphen may be a range ("3-5"); three are a code.
    const fourth = stream.at(k + 3);
    const fifth = stream.at(k + 4);
    if (
      !fourth.spaceBefore &&
      isDash(fourth.text) &&
      !fifth.spaceBefore &&
      fifth.kind === 'number'
    ) {
      return true;
    }
    // "514-1888": three digits and four that are not a round number make a phone number.
    const token = stream.at(k);
    const phone =
      after.text === '-' &&
      token.text.length === 3 &&
      third.text.length === 4 &&
      !third.decimal &&
      Number(third.digits) % 50 !== 0;
    if (phone) {
      return true;
    }
    const before = stream.at(k - 1);
    const prior = stream.at(k - 2);
    return (
      !token.spaceBefore && isDash(before.text) && !before.spaceBefore && prior.kind === 'number'
    );
  }
  return false;
}
