/**
 * Where a sentence or line ends: `.`, `!` or `?` (maybe followed by a closing quote or
 * bracket) before a space, or a line break. A full stop inside a number ("$12.5") ends
 * nothing, since no space follows it.
 */
const BOUNDARY = /[.!?][”’"')\]]*(?=\s)|\n/g;

/**
 * The longest quote drafted for one phrase, in UTF-16 code units. A sentence is a few hundred
 * characters; text without full stops or line breaks (a scraped table, `'5% '.repeat(40000)`)
 * would otherwise make every phrase in it quote all of it.
 */
export const QUOTE_CAP = 400;

/** Where a boundary match lets the next sentence start, and where it ends this one. */
const nextStart = (match: RegExpExecArray): number => match.index + match[0].length;
const sentenceEnd = (match: RegExpExecArray): number =>
  match[0] === '\n' ? match.index : match.index + match[0].length;

/** A phrase's place in the text, as `extractRanges` gives it. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The sentence each phrase sits in, to quote it beside an extracted estimate: from the end of
 * the previous sentence (or line) to the end of this one, cut to {@link QUOTE_CAP} characters
 * around the phrase at word boundaries, with `…` where it was cut. The boundaries are found in
 * one pass over the text for all phrases together (two cursors that only move forward), so
 * the time is linear in the text and the number of phrases, and the quotes together take at
 * most `cap` characters each.
 *
 * @param text - the whole text
 * @param spans - where the phrases are, in the order of their starts (as `extractRanges`
 *   gives them; spans out of order are still quoted right, at the cost of a search)
 * @param cap - the longest quote; default {@link QUOTE_CAP}
 * @returns one quote for each span, trimmed, in the order given
 * @throws never
 * @example
 * ```ts
 * const text = 'It grew. Estimates range from $12.5 to $19 billion. Others differ.';
 * sentencesAround(text, [{ start: 30, end: 50 }]); // => ['Estimates range from $12.5 to $19 billion.']
 * sentencesAround('5% '.repeat(10), [{ start: 15, end: 17 }], 8); // => ['…5% 5%…']
 * ```
 */
export function sentencesAround(
  text: string,
  spans: readonly Span[],
  cap: number = QUOTE_CAP,
): string[] {
  const starts = new RegExp(BOUNDARY.source, 'g');
  const ends = new RegExp(BOUNDARY.source, 'g');
  let from = 0;
  let fromMatch = starts.exec(text);
  let endMatch = ends.exec(text);
  let lastStart = 0;
  let lastEnd = 0;
  return spans.map(({ start, end }) => {
    if (start < lastStart) {
      // Out of order: start the cursor again from the top.
      from = 0;
      starts.lastIndex = 0;
      fromMatch = starts.exec(text);
    }
    if (end < lastEnd) {
      ends.lastIndex = Math.max(0, end - 1);
      endMatch = ends.exec(text);
    }
    lastStart = start;
    lastEnd = end;
    while (fromMatch !== null && nextStart(fromMatch) <= start) {
      from = nextStart(fromMatch);
      fromMatch = starts.exec(text);
    }
    // The first boundary from the phrase's last character on: a full stop inside it ends nothing.
    while (endMatch !== null && endMatch.index < end - 1) endMatch = ends.exec(text);
    const to = endMatch === null ? text.length : sentenceEnd(endMatch);
    return clipAround(text, from, to, start, end, cap);
  });
}

/** `text[from, to)` trimmed, cut to `cap` around `[start, end)` at spaces, `…` marking a cut. */
function clipAround(
  text: string,
  from: number,
  to: number,
  start: number,
  end: number,
  cap: number,
): string {
  if (to - from <= cap) return text.slice(from, to).trim();
  const room = Math.max(0, cap - (end - start));
  let lo = Math.max(from, start - Math.floor(room / 2));
  const hi = Math.min(to, lo + Math.max(cap, end - start));
  lo = Math.max(from, Math.min(lo, hi - cap));
  // Cut at spaces, never inside the phrase.
  const cutLo = lo > from ? text.indexOf(' ', lo) : lo;
  const cutHi = hi < to ? text.lastIndexOf(' ', hi) : hi;
  const a = cutLo === -1 || cutLo > start ? lo : cutLo;
  const b = cutHi === -1 || cutHi < end ? hi : cutHi;
  return `${a > from ? '…' : ''}${text.slice(a, b).trim()}${b < to ? '…' : ''}`;
}
