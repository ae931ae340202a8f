import { type Amount, amountValue, rescaled } from './amount';
import { refuseAmountInParts, refuseMoneyInParts } from './amount-in-parts';
import { isAsciiLetter } from './chars';
import { isHyphen } from './dashes';
import { isWonAfter } from './korean-won';
import {
  BARE_DOLLAR,
  CURRENCY_PREFIX,
  CURRENCY_SUFFIX,
  DOLLAR_SIGN_CODES,
  isIsoCode,
  isKnownCode,
  RUPEE,
  SUBUNITS,
} from './lexicon/currencies';
import { LABEL_BEFORE } from './lexicon/dates';
import { localCode, localPrefix, RUPEE_PREFIX } from './lexicon/local-currencies';
import { HYPHENED_PERIODS } from './lexicon/periods';
import { COMPARATIVE_AFTER } from './lexicon/qualifiers';
import { RATIO_UNITS } from './lexicon/ratio-units';
import { INDIAN_SCALE_WORDS } from './lexicon/scales';
import { matchLongest } from './lexicon/trie';
import * as m from './messages';
import { namedCurrency, refuseUnknownCountry } from './named-currency';
import { priceYearLength } from './price-year';
import type { Quantity } from './quantity';
import { isHyphenSuffix, readAmount } from './read-amount';
import { Refusal, refuse } from './refusal';
import { isSign, parenthesisedSign, signsWhatFollows } from './signs';
import { spacedScaleLetter } from './spaced-scale-letters';
import type { TokenStream } from './token-stream';

/** How a quantity is being read. */
export interface QuantityContext {
  /** "and" may join number words: not inside "between … and". */
  readonly allowAnd: boolean;
  /** The quantity starts a phrase. */
  readonly atStart: boolean;
  /** A sign may be read: not right after a range dash ("3-5" is not 3 and -5). */
  readonly allowSign: boolean;
}

/**
 * Reads a quantity at token `k`: an optional sign, an optional currency before
 * (`$`, `US$`, `€`, `KHR`), an amount, and an optional currency or ratio unit after
 * (`dollars`, `baht`, `USD`, `%`, `percentage points`, `bp`).
 *
 * @param stream - the tokens
 * @param k - index of the first token
 * @param context - see {@link QuantityContext}
 * @returns the quantity, or undefined when none starts here
 */
export function readQuantity(
  stream: TokenStream,
  k: number,
  context: QuantityContext,
): Quantity | undefined {
  let i = k;
  let negative = false;
  // "(-6.0) - (-5.0) percent": a signed number in parentheses, as Thai NESDC tables write
  // negative ends; the parentheses keep the sign apart from a range dash.
  const paren = parenthesisedSign(stream, k);
  if (paren) i += 1;
  const head = stream.at(i);
  if ((context.allowSign || paren) && isSign(head.text)) {
    // A sign touches what follows and stands apart from what precedes ("−5", not "1995-01").
    if (!signsWhatFollows(stream, i)) return undefined;
    negative = head.text !== '+';
    i += 1;
  } else if (
    context.allowSign &&
    (head.lower === 'minus' || head.lower === 'negative') &&
    // "a margin of error of plus or minus 3 points": the spread, as "±3 points", not -3.
    !(stream.at(i - 1).lower === 'or' && stream.at(i - 2).lower === 'plus')
  ) {
    negative = true;
    i += 1;
  }
  let currency: string | undefined;
  // An ambiguous letter or a code glued to its number names money only before a scale word
  // or grouped digits: "P2.5 billion", "K50,000", "USD412 million"; never "COP21" or "P5".
  let needsScale = false;
  const prefix = matchLongest(stream, i, CURRENCY_PREFIX);
  const word = stream.at(i);
  const local = word.kind === 'word' ? localPrefix(word.text) : undefined;
  const named = prefix || local ? undefined : currencyNameBefore(stream, i);
  if (prefix) {
    currency = prefix.value;
    i += prefix.length;
  } else if (local) {
    if (local.hintOnly && !local.codes.includes(stream.currencyHint ?? '')) {
      const at = word.start;
      const codes = local.codes.join(', ');
      throw new Refusal(m.ambiguousPrefix(stream.input, at, word.text, codes), at, i + 2);
    }
    currency = localCode(local, stream.currencyHint);
    needsScale = local.ambiguous && currency !== stream.currencyHint;
    i += 1;
    // "Rs. 500".
    if (stream.at(i).text === '.' && !stream.at(i).spaceBefore && local.text.length > 1) i += 1;
  } else if (isIsoCode(word.text) || tiedCode(stream, i) || gluedLookalike(stream, i)) {
    currency = word.text;
    // "SDG 4" is the UN's fourth Sustainable Development Goal; "SDG 5 million" is money.
    needsScale = LABEL_BEFORE.has(word.lower) && !tiedCode(stream, i);
    i += 1;
  } else if (named) {
    currency = named.value;
    i += named.length;
  }
  // "USD $57.4 billion", "SGD S$5": a code and its own sign name one currency, written twice.
  if (currency !== undefined && !local) {
    const sign = matchLongest(stream, i, CURRENCY_PREFIX);
    if (sign && sameMoney(currency, sign.value)) i += sign.length;
    else if (sign && sign.value !== currency) {
      // "USD €5": which of the two is meant is a guess.
      const at = stream.at(k).start;
      const [a, b] = [stream.at(i - 1).text, stream.at(i).text];
      // Scanning resumes past the number, which is not read alone either.
      throw new Refusal(m.twoCurrencies(stream.input, at, a, b), at, i + sign.length + 1);
    }
  }
  // A currency word touching its number: local prefixes ("RM40mil", "Rp5") may; an ISO code
  // may with care ("USD412 million"); other words may not ("pounds4").
  let glued = false;
  if (currency !== undefined && stream.at(i - 1).kind === 'word' && !stream.at(i).spaceBefore) {
    if (!local && !isKnownCode(stream.at(i - 1).text)) return undefined;
    if (!local) glued = true;
  }
  const amountRead = readAmount(stream, i, {
    allowAnd: context.allowAnd,
    atStart: context.atStart && i === k,
    negative,
  });
  if (!amountRead) return undefined;
  // The closing parenthesis of "(-6.0)" belongs to the amount.
  const closed = paren && stream.at(amountRead.next).text === ')';
  if (paren && !closed) return undefined;
  const read = closed ? { ...amountRead, next: amountRead.next + 1 } : amountRead;
  const digits = stream.at(read.first);
  if (needsScale && !read.scaled && !digits.grouped) return undefined;
  // A code glued to its number: money before a scale, grouped digits or a decimal
  // ("USD412 million", "THB8.50"); "COP21" and "G20" are names.
  if (glued && !read.scaled && !digits.grouped && !digits.decimal) return undefined;
  // "Kyats 4,910", "US dollar 2,227": a currency named before a number; never "Euro 2024".
  if (named && read.yearShaped) return undefined;
  if (local && local.codes.length > 1 && writtenInLakhOrCrore(stream, read)) {
    currency = localCode(local, stream.currencyHint, true);
  }
  if (local === RUPEE_PREFIX) currency = rupeeCode(stream, k, read, word.text);
  let amount = currency === undefined ? read : (spacedScaleLetter(stream, read) ?? read);
  refuseAmountInParts(stream, k, amount);
  let next = skipRestatement(stream, amount);
  // "16.5-percent", "716-million-THB", "one-percent": a hyphen before the unit.
  const hyphen = stream.at(next);
  if (
    currency === undefined &&
    (hyphen.text === '-' || hyphen.text === '\u2010') &&
    !hyphen.spaceBefore &&
    !stream.at(next + 1).spaceBefore &&
    isHyphenSuffix(stream, next + 1)
  ) {
    const each = amount.scaled ? countOrAmount(stream, amount, next) : 0;
    if (each > 0) refuse(stream, amount.first, next + 1 + each, m.countOrAmount);
    next += 1;
  } else if (currency === undefined && amount.scaled && scaleInCompound(stream, next)) {
    refuse(stream, amount.first, next + 2, m.scaleInCompound);
  }
  let ratio: Quantity['ratio'];
  if (currency === undefined) {
    const unit = matchLongest(stream, next, RATIO_UNITS);
    if (unit) {
      ratio = unit.value;
      next += unit.length;
    } else if (matchLongest(stream, next, SUBUNITS)) {
      // Cents and pence: a scale of 10^-2 on the currency, so "10 to 50 cents" shares it.
      const sub = matchLongest(stream, next, SUBUNITS);
      currency = sub?.value;
      // Paise are rupees' as the amount is written, before it is rescaled.
      if (currency === RUPEE) currency = rupeeCode(stream, k, amount, 'paise');
      next += sub?.length ?? 0;
      amount = rescaled(amount, amount.exponent - 2);
    } else {
      // "3 million 2019 dollars": past the year of prices to the currency.
      next += priceYearLength(stream, next);
      const suffix = matchLongest(stream, next, CURRENCY_SUFFIX);
      const afterSuffix = suffix ? stream.at(next + suffix.length) : undefined;
      // "$ 20,000.00 $ 37,305.97": a sign that starts the next amount is not this one's.
      if (
        suffix &&
        !(
          afterSuffix?.kind === 'number' &&
          suffix.length === 1 &&
          isSignToken(stream.at(next).text)
        )
      ) {
        currency = suffix.value;
        next += suffix.length;
      } else if (isIsoCode(stream.at(next).text)) {
        currency = stream.at(next).text;
        next += 1;
      } else if (isWonAfter(stream, next, amount)) {
        currency = 'KRW';
        next += 1;
      } else {
        // "1,557.5 trillion Rp", "Tk 500 crore" written the other way round.
        const after = stream.at(next);
        const localAfter = after.kind === 'word' ? localPrefix(after.text) : undefined;
        if (localAfter && !localAfter.ambiguous) {
          currency = localCode(localAfter, stream.currencyHint);
          next += 1;
        }
      }
    }
  }
  if (currency === RUPEE) currency = rupeeCode(stream, k, amount, 'rupees');
  if (currency !== undefined) {
    currency = namedCurrency(stream, k, next, currency);
    refuseMoneyInParts(stream, k, next);
  } else if (ratio === undefined) refuseUnknownCountry(stream, k, next);
  return { first: k, next, amount, currency, ratio };
}

/**
 * "three million-year-old fossils", "a 1.5 million-tonne plant": a scale word hyphened to a
 * word that is not its unit, a period ("billion-a-year") or "plus" is half of a compound
 * adjective. Read without the rest, the figure would be a bare count, and whether the number
 * counts the things or belongs to the compound is a guess. After money ("about £15m-the
 * rest of") the caller does not ask: there the hyphen stands for a dash.
 *
 * @param stream - the tokens
 * @param hyphen - index of the token after the amount
 */
function scaleInCompound(stream: TokenStream, hyphen: number): boolean {
  const scale = stream.at(hyphen - 1);
  const dash = stream.at(hyphen);
  const word = stream.at(hyphen + 1);
  if (scale.kind !== 'word' || word.kind !== 'word' || !isHyphen(dash.text)) return false;
  // "a 400m-long runway": metres or millions, which the phrase's reader refuses as such.
  if (scale.text === 'm' && !scale.spaceBefore) return false;
  if (dash.spaceBefore || word.spaceBefore) return false;
  return (
    matchLongest(stream, hyphen, COMPARATIVE_AFTER) === undefined &&
    matchLongest(stream, hyphen + 1, HYPHENED_PERIODS) === undefined
  );
}

/**
 * "5 billion-dollar companies", "two million million-dollar homes": a scale word hyphened to
 * a currency is an adjective, "worth a billion dollars", and a number written apart before it
 * may count the things so valued as well as be the amount ($5 billion). "a billion-dollar
 * industry", "a 5 billion-dollar fund" (an article: one thing) and "5-billion-dollar" (one
 * compound) say which.
 *
 * @returns the length of the currency after the hyphen when the figure is such a guess, else 0
 */
function countOrAmount(stream: TokenStream, amount: Amount, hyphen: number): number {
  const scale = stream.at(hyphen - 1);
  if (scale.kind !== 'word' || !scale.spaceBefore) return 0;
  const article = (i: number) => {
    const word = stream.at(i).lower;
    return word === 'a' || word === 'an';
  };
  if (article(amount.first) || article(amount.first - 1)) return 0;
  return matchLongest(stream, hyphen + 1, CURRENCY_SUFFIX)?.length ?? 0;
}

/**
 * A look-alike code glued to a number ("MOP4 million"): read like any glued code, with the
 * same care (a scale, grouped digits or a decimal must follow).
 */
function gluedLookalike(stream: TokenStream, i: number): boolean {
  const number = stream.at(i + 1);
  return number.kind === 'number' && !number.spaceBefore && isKnownCode(stream.at(i).text);
}

/** A look-alike code ("ALL") tied to its number by a no-break space, as Intl writes it. */
function tiedCode(stream: TokenStream, i: number): boolean {
  const number = stream.at(i + 1);
  return (
    number.kind === 'number' &&
    stream.input.charCodeAt(number.start - 1) === 0xa0 &&
    number.start - 1 === stream.at(i).end &&
    isKnownCode(stream.at(i).text)
  );
}

/** A currency sign (not a word): the only suffix that may instead start the next amount. */
function isSignToken(text: string): boolean {
  return text.length <= 2 && !isAsciiLetter(text.charCodeAt(0));
}

/**
 * Past a parenthetical that restates the amount ("50,000 (fifty thousand)"), so the
 * restatement is not read as a figure of its own; otherwise where the amount ends.
 */
function skipRestatement(stream: TokenStream, amount: Amount): number {
  if (stream.at(amount.next).text !== '(') return amount.next;
  const inner = readAmount(stream, amount.next + 1, {
    allowAnd: true,
    atStart: false,
    negative: amount.negative,
  });
  if (!inner || stream.at(inner.next).text !== ')') return amount.next;
  return amountValue(inner) === amountValue(amount) ? inner.next + 1 : amount.next;
}

/** A currency's name before its number ("US dollar 2,227", "Kyats 4,910"), spaced from it. */
function currencyNameBefore(stream: TokenStream, i: number) {
  if (stream.at(i).kind !== 'word') return undefined;
  const named = matchLongest(stream, i, CURRENCY_SUFFIX);
  if (!named) return undefined;
  const number = stream.at(i + named.length);
  return number.kind === 'number' && number.spaceBefore ? named : undefined;
}

/** Whether an amount's scale is a lakh or a crore ("8.4 crore", "2 lakh crore"). */
function writtenInLakhOrCrore(stream: TokenStream, amount: Amount): boolean {
  for (let t = amount.first + 1; t < amount.next; t++) {
    if (INDIAN_SCALE_WORDS.has(stream.at(t).lower)) return true;
  }
  return false;
}

/**
 * The rupee an amount is in: the caller's hint when it names a rupee; otherwise INR, unless
 * the amount has a Western scale word. "Rs165 billion" and "70 billion rupees" are written
 * in Pakistan, Nepal and Sri Lanka as much as in India (where lakh and crore are the
 * rule), so without a hint such an amount is refused rather than guessed.
 */
function rupeeCode(stream: TokenStream, k: number, amount: Amount, written: string): string {
  const hint = stream.currencyHint;
  if (hint !== undefined && RUPEE_PREFIX.codes.includes(hint)) return hint;
  if (!amount.scaled || writtenInLakhOrCrore(stream, amount)) {
    return localCode(RUPEE_PREFIX, hint, true);
  }
  const at = stream.at(k).start;
  const codes = RUPEE_PREFIX.codes.join(', ');
  throw new Refusal(m.ambiguousPrefix(stream.input, at, written, codes), at, amount.next);
}

/** Whether a sign after a currency names the same money: "USD $", "SGD S$", "EUR €". */
function sameMoney(code: string, sign: string): boolean {
  if (code === BARE_DOLLAR) return false;
  return sign === code || (sign === BARE_DOLLAR && DOLLAR_SIGN_CODES.has(code));
}
