import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';

const ONES = 'one two three four five six seven eight nine'.split(' ');
const TEENS =
  'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** 1 to 99 in words, as a newsroom writes them: "five", "fourteen", "twenty-five". */
function inWords(n: number): string {
  if (n < 10) return ONES[n - 1] ?? '';
  if (n < 20) return TEENS[n - 10] ?? '';
  const tens = TENS[Math.floor(n / 10) - 2] ?? '';
  return n % 10 === 0 ? tens : `${tens}-${ONES[(n % 10) - 1]}`;
}

/**
 * A number hyphened to a word that is no scale, ratio, currency or period is half of a
 * compound adjective: "a 5-year plan", "risen 5-fold". In words it was read alone ("risen
 * five-fold" was a rise of 5, "a four-fold increase" a rise of 4). Law: before such a word,
 * a number in words reads as the same number in digits, and is no figure.
 */
describe('a number in words hyphened to a word', () => {
  it('reads as the same number in digits: as no figure', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('fold', 'year', 'day', 'member', 'off', 'way', 'storey', 'point'),
        fc.constantFrom('Prices have risen {} in a decade.', 'It was a {} increase.', 'A {} plan.'),
        (n, word, sentence) => {
          const digits = read(sentence.replace('{}', `${n}-${word}`));
          const words = read(sentence.replace('{}', `${inWords(n)}-${word}`));
          expect(words).toEqual(digits);
          expect(words).toEqual([]);
        },
      ),
    );
  });

  it.each([
    ['a two-billion-dollar business', 'two-billion-dollar', '$2 billion'],
    ['seventy-five-percent', 'seventy-five-percent', '75%'],
    ['twenty-five people', 'twenty-five people', '25 people'],
    ['one-third of voters', 'one-third', '0.3333333333333333'],
  ])(
    'stays a figure before a scale, a currency or a ratio, or as a fraction: %s',
    (text, span, reading) => {
      expect(read(text)).toEqual([[span, reading]]);
    },
  );
});
