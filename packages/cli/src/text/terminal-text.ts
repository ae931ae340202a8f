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
 * The characters of the class that `JSON.stringify` writes as they are: it escapes every C0
 * control itself, but not DEL, the C1 controls or the bidi controls.
 */
const RAW_IN_JSON = /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

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
 * Whether `JSON.stringify` of the text would hold a character {@link escapeTerminal} escapes
 * (DEL, a C1 control, a bidi control): when it does not, JSON built from the text is safe to
 * print as it is, and the JSON need not be scanned again.
 *
 * @param text - a string that will be written as a JSON string
 * @returns true when the JSON would need escaping for a terminal
 * @throws never
 * @example
 * ```ts
 * leftRawByJson('about 5 million\n\u001b[2J'); // => false: JSON escapes both controls
 * leftRawByJson('between \u202e5 and 9'); // => true
 * ```
 */
export function leftRawByJson(text: string): boolean {
  return RAW_IN_JSON.test(text);
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
