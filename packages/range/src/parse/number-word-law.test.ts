import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';

/**
 * The number-word reader against a grammar of English written out here on its own:
 *
 * ```text
 * number = "zero" | part+            (each part's scale below the one before)
 * part   = group [scale+ ["and"]]    (stacked scales never fall: "thousand million")
 * group  = below100 "hundred" ["and"] [below100] | below100
 * below100 = unit | teen | tens [unit]        (no zero inside a number)
 * ```
 *
 * Laws: whatever `extractRanges` reads as one number from a run of number words is a
 * sentence of this grammar, and its value is the one the grammar gives. A reader that
 * joined two numbers ("five six") or took a word the grammar has no place for would break it.
 * And no number it reads stops right before a scale word: "six billion nineteen million
 * million" is no number, and reading "six billion nineteen million" from it drops a word
 * that multiplies.
 */
const ONES =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES = new Map([
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
]);

/** The value of a below-100 at `i`, or undefined; with the index after it. */
function below100(words: string[], i: number): [number, number] | undefined {
  const one = ONES.indexOf(words[i] ?? '');
  if (one > 0) return [one, i + 1];
  const ten = TENS.indexOf(words[i] ?? '');
  if (ten < 0) return undefined;
  const unit = ONES.indexOf(words[i + 1] ?? '');
  return unit > 0 && unit < 10 ? [(ten + 2) * 10 + unit, i + 2] : [(ten + 2) * 10, i + 1];
}

/** The value the grammar gives `words`, or undefined when they are no number. */
function grammarValue(words: string[]): number | undefined {
  if (words.length === 1 && words[0] === 'zero') return 0;
  let i = 0;
  let total = 0;
  let previousScale = Number.POSITIVE_INFINITY;
  while (i < words.length) {
    const head = below100(words, i);
    if (!head) return undefined;
    let [group, next] = head;
    if (words[next] === 'hundred') {
      group *= 100;
      next += 1;
      if (words[next] === 'and') next += 1;
      const tail = below100(words, next);
      if (tail) [group, next] = [group + tail[0], tail[1]];
      else if (words[next - 1] === 'and') return undefined;
    }
    let scale = 0;
    let lastScale = 0;
    while (SCALES.has(words[next] ?? '')) {
      const s = SCALES.get(words[next] ?? '') ?? 0;
      if (s < lastScale) return undefined;
      scale += s;
      lastScale = s;
      next += 1;
    }
    if (scale === 0 && next < words.length) return undefined;
    if (scale >= previousScale) return undefined;
    previousScale = scale;
    // Through a decimal string, as the reader does: 20 * 10 ** 24 is not the double nearest
    // 2e25, since 10 ** 24 itself is not exact.
    total += Number(`${group}e${scale}`);
    if (words[next] === 'and') {
      if (scale === 0 || next + 1 >= words.length) return undefined;
      next += 1;
    }
    i = next;
  }
  return i > 0 ? total : undefined;
}

const word = fc.constantFrom(...ONES, ...TENS, 'hundred', 'thousand', 'million', 'billion', 'and');

describe('numbers in words, against a grammar of their own', () => {
  it('the grammar itself: its values for sentences written by hand', () => {
    const v = (s: string) => grammarValue(s.split(' '));
    expect(v('three thousand nine hundred and sixty five')).toBe(3965);
    expect(v('twelve hundred')).toBe(1200);
    expect(v('two thousand million')).toBe(2e9);
    expect(v('two thousand and five')).toBe(2005);
    expect(v('five six')).toBeUndefined();
    expect(v('twenty twelve')).toBeUndefined();
    expect(v('two million thousand')).toBeUndefined();
    expect(v('two thousand three million')).toBeUndefined();
    expect(v('one hundred hundred')).toBeUndefined();
    expect(v('twenty and five')).toBeUndefined();
  });

  it('reads a run of number words only as numbers the grammar makes, with their values', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        for (const hit of extractRanges(`${words.join(' ')} people`)) {
          // "one zero" is one zero, a count noun: only numbers of people or bare are at stake.
          if (hit.range.unit.text !== 'people' && hit.range.unit.text !== '1') continue;
          const text = hit.text.replace(/ people$/, '').replace(/-/g, ' ');
          expect([text, grammarValue(text.split(' '))]).toEqual([text, hit.range.low]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never reads a number that stops right before a scale word', () => {
    // Few words besides the scales, so that scales often meet groups they cannot follow.
    const dense = fc.constantFrom('zero', 'two', 'nineteen', 'forty', 'hundred', ...SCALES.keys());
    fc.assert(
      fc.property(fc.array(dense, { minLength: 2, maxLength: 6 }), (words) => {
        const text = `${words.join(' ')} people`;
        for (const hit of extractRanges(text)) {
          if (hit.range.unit.text !== 'people' && hit.range.unit.text !== '1') continue;
          const after = text.slice(hit.end).trimStart().split(' ')[0] ?? '';
          expect([hit.text, SCALES.has(after)]).toEqual([hit.text, false]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
