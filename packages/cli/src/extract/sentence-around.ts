/** A sentence ends at `.`, `!` or `?` (maybe followed by a closing quote or bracket) before a space. */
const END = /[.!?][”’"')\]]*(?=\s)/g;

/**
 * The sentence a phrase sits in, to quote it beside an extracted estimate: from the end of the
 * previous sentence (or line) to the end of this one. A full stop inside a number ("$12.5")
 * does not end a sentence, since no space follows it.
 *
 * @param text - the whole text
 * @param start - where the phrase starts
 * @param end - where the phrase ends
 * @returns the sentence, trimmed
 * @throws never
 * @example
 * ```ts
 * const text = 'It grew. Estimates range from $12.5 to $19 billion. Others differ.';
 * sentenceAround(text, 30, 50); // => 'Estimates range from $12.5 to $19 billion.'
 * ```
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextLine = text.indexOf('\n', end);
  const lineEnd = nextLine === -1 ? text.length : nextLine;
  let from = lineStart;
  let to = lineEnd;
  END.lastIndex = lineStart;
  for (let match = END.exec(text); match !== null; match = END.exec(text)) {
    const after = match.index + match[0].length;
    if (after > lineEnd) break;
    if (after <= start) from = after;
    else if (match.index >= end - 1) {
      to = after;
      break;
    }
  }
  return text.slice(from, to).trim();
}
