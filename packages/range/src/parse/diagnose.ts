import * as m from './messages';
import { TokenStream } from './token-stream';

const NEEDS_NUMBER = new Set([
  'between',
  'from',
  'about',
  'around',
  'roughly',
  'approximately',
  'over',
  'under',
  'more',
  'less',
  'fewer',
  'least',
  'most',
  'nearly',
  'almost',
  'up',
  'much',
  'many',
  'exceeds',
  '$',
  '€',
  '£',
  '¥',
]);

const SCAN_LIMIT = 10_000;

/**
 * Why a phrase held no quantity, for the error message: a number that reads as a year or
 * part of a code, a word that promised a number ("between") with none after it, or no
 * number at all. Looks at a bounded number of tokens.
 *
 * @param input - the phrase
 * @returns the message and the offset it points at
 */
export function diagnose(input: string): { message: string; offset: number } {
  const stream = new TokenStream(input);
  let promise: { word: string; offset: number } | undefined;
  for (let i = 0; i < SCAN_LIMIT; i++) {
    const token = stream.at(i);
    if (token.kind === 'end') break;
    if (token.kind === 'hidden') {
      return { message: m.hiddenText(input, token.start), offset: token.start };
    }
    if (token.kind === 'number') {
      if (stream.at(i - 1).lower === 'per') {
        return { message: m.baseOfRate(input, token.text, token.start), offset: token.start };
      }
      // Four digits or one or two: a year, or a day next to a month. Touching what comes
      // before ("#12", "¢50", "₣20"), it is part of a code or a sign's, not a date.
      const yearish =
        token.spaceBefore && (/^\d{4}$/.test(token.text) || /^\d{1,2}$/.test(token.text));
      return {
        message: yearish
          ? m.onlyYear(input, token.start, token.text)
          : m.notANumber(input, token.text, token.start),
        offset: token.start,
      };
    }
    if (promise === undefined && NEEDS_NUMBER.has(token.lower)) {
      promise = { word: token.text, offset: stream.at(i + 1).start };
    }
    stream.release(i - 8);
  }
  if (promise) {
    return {
      message: m.expectedNumberAfter(input, promise.word, promise.offset),
      offset: promise.offset,
    };
  }
  return { message: m.noQuantity(input), offset: 0 };
}
