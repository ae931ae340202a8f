/**
 * Splits text into at most `maxLines` lines of about `maxChars` characters, breaking at
 * spaces, and ends the last line with an ellipsis when text is left over. SVG has no text
 * wrapping of its own; character counts stand in for measured widths, which a string
 * renderer cannot know. The full text stays in the item's accessible name.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= maxChars) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      return [...lines.slice(0, -1), ellipsis(lines.at(-1)!, maxChars)];
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length > maxLines)
    return [...lines.slice(0, maxLines - 1), ellipsis(lines[maxLines - 1]!, maxChars)];
  return lines.map((l) => ([...l].length > maxChars ? ellipsis(l, maxChars) : l));
}

/** Cuts a line to leave room for "…", by code points so no surrogate pair is split. */
function ellipsis(line: string, maxChars: number): string {
  const chars = [...line];
  return `${chars
    .slice(0, Math.max(1, maxChars - 1))
    .join('')
    .trimEnd()}…`;
}
