/**
 * Characters a terminal acts on rather than shows: C0 controls and DEL (ESC starts colour,
 * hyperlink and screen-clearing sequences, BEL rings), C1 controls (U+009B is a one-character
 * CSI on some terminals), and the bidi overrides, embeddings, isolates and marks that reorder
 * what is shown, so a dossier could make a finding read differently from what it says.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape
const ACTED_ON = /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * The same class, to test for any at all. \p{Cc} is exactly U+0000–U+001F and U+007F–U+009F,
 * and every character here is in the BMP, so no `u` flag is needed: without it, V8 scans a
 * line several times faster, which counts when every hit of `extract --jsonl` passes here.
 */
const ANY_ACTED_ON = new RegExp(ACTED_ON.source);

/**
 * The same class less the line feed (U+000A), so a run of lines can be tested in one scan.
 */
const ACTED_ON_BUT_LINE_FEED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape
  /[\0-\t\v-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const escaped = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Makes text from a dossier, a file name or an error safe to print on a terminal: each
 * control or bidi-control character becomes its `\uXXXX` escape, which is also how JSON
 * writes it, so the same text is safe inside a JSON string. Every line `reckon` prints goes
 * through here; `keep` names the layout characters a multi-line text may keep as they are.
 *
 * @param text - the text to print
 * @param keep - characters to leave alone, e.g. `'\n\t'` for a Markdown brief; default none
 * @returns the text with every other control or bidi character escaped
 * @throws never
 * @example
 * ```ts
 * escapeTerminal('click\u001b]8;;https://evil.example\u0007'); // => 'click\\u001b]8;;https://evil.example\\u0007'
 * escapeTerminal('between \u202e5 and 9'); // => 'between \\u202e5 and 9'
 * escapeTerminal('a\n\tb', '\n\t'); // => 'a\n\tb'
 * ```
 */
export function escapeTerminal(text: string, keep = ''): string {
  if (!ANY_ACTED_ON.test(text)) return text;
  return text.replace(ACTED_ON, (char) => (keep.includes(char) ? char : escaped(char)));
}

/**
 * {@link escapeTerminal} over many lines at once, each ending with a line feed, which stays:
 * the same text as escaping each line alone, but with one scan of the whole text instead of a
 * call (and a flattening of a line built from parts) per line, which counts in
 * `extract --jsonl`, where every hit is a line.
 *
 * @param text - lines, e.g. NDJSON
 * @returns the lines with every control or bidi character but the line feed escaped
 * @throws never
 * @example
 * ```ts
 * escapeTerminalLines('{"a":"\u202e"}\n{"b":1}\n'); // => '{"a":"\\u202e"}\n{"b":1}\n'
 * ```
 */
export function escapeTerminalLines(text: string): string {
  return ACTED_ON_BUT_LINE_FEED.test(text) ? escapeTerminal(text, '\n') : text;
}

/**
 * A message as one line, safe for a terminal: runs of line breaks and tabs (an error's text
 * may hold some) become one space, then {@link escapeTerminal} escapes the rest.
 *
 * @param text - a message, a file name, anything
 * @returns one line with no control or bidi character left raw
 * @throws never
 * @example
 * ```ts
 * oneLine(' Unexpected token\n  in JSON\u001b[2J '); // => 'Unexpected token in JSON\\u001b[2J'
 * ```
 */
export function oneLine(text: string): string {
  return escapeTerminal(text.replace(/\s*[\t\n\v\f\r]\s*/g, ' ').trim());
}
