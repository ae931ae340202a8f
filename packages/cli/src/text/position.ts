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

/**
 * The positions of many offsets in a text, found in one sweep that counts line breaks up to
 * each offset in turn. Unlike {@link positions} it keeps no table of line starts, so its
 * memory is that of the offsets, whatever the number of lines.
 *
 * @param text - the whole text
 * @param offsets - 0-based offsets (clamped to the text), in any order; `undefined` passes through
 * @returns the 1-based position of each offset, in the order given
 * @throws never
 * @example
 * ```ts
 * positionsOf('{\n  "a": 1,\n}', [12, undefined, 0]);
 * // => [{ line: 3, column: 1 }, undefined, { line: 1, column: 1 }]
 * ```
 */
export function positionsOf(
  text: string,
  offsets: readonly (number | undefined)[],
): (Position | undefined)[] {
  const order = offsets
    .map((offset, index) => ({ at: Math.max(0, Math.min(offset ?? 0, text.length)), index }))
    .filter(({ index }) => offsets[index] !== undefined)
    .sort((a, b) => a.at - b.at);
  const result: (Position | undefined)[] = offsets.map(() => undefined);
  let line = 1;
  let lineStart = 0;
  // The first line break not yet counted, found once: a long line is not searched again.
  let nextBreak = text.indexOf('\n');
  for (const { at, index } of order) {
    while (nextBreak !== -1 && nextBreak < at) {
      line += 1;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    result[index] = { line, column: at - lineStart + 1 };
  }
  return result;
}
