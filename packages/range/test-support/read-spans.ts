import { formatRange } from '../src/format';
import { extractRanges } from '../src/parse/extract-ranges';

/**
 * Every phrase `extractRanges` finds in `text`, as `[span, formatted range]` pairs: what the
 * parser's tests compare, so a reading is checked by its text and by how it is written back.
 *
 * @example
 * readSpans('Attendance averaged 42,000 a game.'); // => [['42,000 a game', '42,000 per game']]
 */
export function readSpans(text: string): [string, string][] {
  return extractRanges(text).map((f) => [f.text, formatRange(f.range)]);
}
