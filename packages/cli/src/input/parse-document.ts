import { parseDocument } from 'yaml';
import { InputError } from '../errors';
import { messages } from '../messages';
import { positions } from '../text/position';
import { type Locator, locator } from './locate';
import type { TextInput } from './read-input';

/** The two formats a dossier may be written in. */
export type DocumentFormat = 'json' | 'yaml';

/** A parsed document: its value, its format, and a way to find a path in its source. */
export interface ParsedDocument {
  readonly format: DocumentFormat;
  readonly value: unknown;
  readonly locate: Locator;
}

/** Aliases a YAML document may expand: enough for any real dossier, too few for a bomb. */
const MAX_ALIASES = 100;

/**
 * The format of an input: by extension (`.yaml`/`.yml`, `.json`), else JSON when the text
 * starts with `{` or `[` and YAML otherwise (standard input has no extension).
 *
 * @param input - the input's name and text
 * @returns `json` or `yaml`
 * @throws never
 * @example
 * ```ts
 * detectFormat({ name: 'case.yml', stdin: false, text: 'schemaVersion: "0.1"' }); // => 'yaml'
 * detectFormat({ name: '<stdin>', stdin: true, text: ' {"schemaVersion":"0.1"}' }); // => 'json'
 * ```
 */
export function detectFormat(input: TextInput): DocumentFormat {
  const name = input.name.toLowerCase();
  if (!input.stdin && (name.endsWith('.yaml') || name.endsWith('.yml'))) return 'yaml';
  if (!input.stdin && name.endsWith('.json')) return 'json';
  return /^\s*[[{]/.test(input.text) ? 'json' : 'yaml';
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function parseJson(input: TextInput): unknown {
  try {
    return JSON.parse(input.text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // V8 says "... in JSON at position 42" and, for a bad first token, quotes the start of
    // the text, which may hold newlines: keep one line and turn the offset into line:column.
    const offset = /at position (\d+)/.exec(raw);
    const end = /Unexpected end of JSON input/.test(raw) ? input.text.length : undefined;
    const at = offset ? Number(offset[1]) : end;
    const reason = oneLine(
      raw
        .replace(/\s*\(line \d+ column \d+\)/, '')
        .replace(/\s*in JSON at position \d+/, '')
        .replace(/, ".*"(?:\.\.\.)? is not valid JSON$/s, ''),
    );
    const where = at === undefined ? input.name : placed(input, at);
    throw new InputError(messages.notJson(where, reason));
  }
}

function parseYaml(input: TextInput): unknown {
  const doc = parseDocument(input.text, { prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first)
    throw new InputError(messages.notYaml(placed(input, first.pos[0]), oneLine(first.message)));
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const reason = error instanceof Error ? oneLine(error.message) : String(error);
    throw new InputError(messages.notYaml(input.name, reason));
  }
}

function placed(input: TextInput, offset: number): string {
  const { line, column } = positions(input.text)(offset);
  return `${input.name}:${line}:${column}`;
}

/**
 * Parses a dossier's text as JSON or YAML (see {@link detectFormat}).
 *
 * @param input - the input's name and text
 * @returns the value, the format, and a locator for paths in the source
 * @throws {InputError} when the text is empty or not valid JSON or YAML; the message gives
 *   `name:line:column` when the parser says where
 * @example
 * ```ts
 * parseDocumentText({ name: 'a.json', stdin: false, text: '{"schemaVersion":"0.1"}' }).value;
 * // => { schemaVersion: '0.1' }
 * ```
 */
export function parseDocumentText(input: TextInput): ParsedDocument {
  if (input.text.trim() === '') throw new InputError(messages.emptyDocument(input.name));
  const format = detectFormat(input);
  const value = format === 'json' ? parseJson(input) : parseYaml(input);
  return { format, value, locate: locator(input.text) };
}
