import type { OutputStream } from '../io';
import { escapeTerminal } from '../text/terminal-text';

/**
 * Writes a value as one indented JSON document and a newline. `JSON.stringify` escapes C0
 * controls but leaves C1 controls and bidi overrides raw; {@link escapeTerminal} writes those
 * as `\uXXXX` too, which JSON reads back as the same characters, so what a program parses is
 * unchanged and what a terminal shows is inert.
 *
 * @param stream - where to write
 * @param value - any JSON value
 * @returns nothing
 * @throws never
 * @example
 * ```ts
 * let out = '';
 * writeJson({ write: (text: string) => (out += text) }, { a: '\u202e' });
 * out; // => '{\n  "a": "\\u202e"\n}\n'
 * ```
 */
export function writeJson(stream: OutputStream, value: unknown): void {
  stream.write(`${escapeTerminal(JSON.stringify(value, null, 2), '\n')}\n`);
}
