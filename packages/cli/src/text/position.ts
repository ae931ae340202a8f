/** A place in a text, both 1-based, as editors count them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps offsets in a text to lines and columns. The line starts are found once, so placing
 * thousands of problems in a large file stays cheap. Columns count UTF-16 code units, as
 * editors built on JavaScript strings do.
 *
 * @param text - the whole text
 * @returns a function from a 0-based offset (clamped to the text) to a 1-based position
 * @throws never
 * @example
 * ```ts
 * const at = positions('{\n  "a": 1,\n}');
 * at(12); // => { line: 3, column: 1 }
 * ```
 */
export function positions(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    // The last line start at or before `at`.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  };
}
