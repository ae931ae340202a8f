import { isCollection, parseDocument, visit } from 'yaml';
import { InputError } from '../errors';
import { messages } from '../messages';
import { type Position, positionsOf } from '../text/position';
import { jsonPlacer, type Placer, yamlPlacer } from './locate';
import type { TextInput } from './read-input';
import { scanJson } from './scan-json';

/** The two formats a dossier may be written in. */
export type DocumentFormat = 'json' | 'yaml';

/** A parsed document: its value, its format, and a way to find paths in its source. */
export interface ParsedDocument {
  readonly format: DocumentFormat;
  readonly value: unknown;
  readonly place: Placer;
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

/**
 * The most values (objects, arrays, strings, numbers…) a JSON dossier may hold: real dossiers
 * hold thousands. `JSON.parse` and validation take tens of bytes for each value, so a 64 MB
 * array of zeros would fill the heap and end the process with a native trace; counted before
 * parsing, it is refused in one line instead.
 */
export const MAX_JSON_VALUES = 2_000_000;

function parseJson(input: TextInput): unknown {
  // One pass before parsing: the count is checked first, the duplicate key once the syntax is
  // known to be valid (on text that is not JSON the scan's answer means nothing).
  const scan = scanJson(input.text, { duplicates: true, maxValues: MAX_JSON_VALUES });
  if (scan.tooManyValues) {
    throw new InputError(messages.tooManyValues(input.name, MAX_JSON_VALUES));
  }
  let value: unknown;
  try {
    value = JSON.parse(input.text);
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
    if (at === undefined) throw new InputError(messages.notJson(input.name, reason));
    const [where] = positionsOf(input.text, [at]);
    throw new InputError(messages.notJson(placed(input.name, where), reason), where);
  }
  // JSON.parse keeps the last of two equal keys and other readers may keep the first, so a
  // reviewer could read one value while the tool checks another: refuse, naming both.
  const duplicate = scan.duplicate;
  if (duplicate) {
    const [second, first] = positionsOf(input.text, [duplicate.second, duplicate.first]);
    throw new InputError(
      messages.duplicateKey(
        placed(input.name, second),
        JSON.stringify(duplicate.key),
        `${first?.line}:${first?.column}`,
      ),
      second,
    );
  }
  return value;
}

/**
 * The most structural marks (line breaks and `,` `[` `]` `{` `}` `:` `-` `?`) a YAML dossier
 * may hold. Every YAML node after the first needs one of them, so their count bounds the
 * number of nodes; the YAML parser keeps about a kilobyte for each node (offsets, comments,
 * styles), so a 2 MB YAML array filled a 256 MB heap and ended the process with a native
 * trace. Counted before parsing, a larger one is refused in one line: as JSON the same
 * dossier is read with a few bytes per value.
 */
export const MAX_YAML_MARKS = 100_000;

/** How many structural marks the text holds, stopping once past `limit`. */
function yamlMarks(text: string, limit: number): number {
  let marks = 0;
  for (let i = 0; i < text.length && marks <= limit; i++) {
    const c = text.charCodeAt(i);
    // \n , [ ] { } : - ?
    if (
      c === 0x0a ||
      c === 0x2c ||
      c === 0x5b ||
      c === 0x5d ||
      c === 0x7b ||
      c === 0x7d ||
      c === 0x3a ||
      c === 0x2d ||
      c === 0x3f
    )
      marks += 1;
  }
  return marks;
}

function parseYaml(input: TextInput): { value: unknown; place: Placer } {
  if (yamlMarks(input.text, MAX_YAML_MARKS) > MAX_YAML_MARKS) {
    throw new InputError(messages.yamlTooLarge(input.name, MAX_YAML_MARKS));
  }
  // `logLevel: 'error'`: the parser's warnings would go to stderr through process.emitWarning,
  // as a second line in Node's own words; what matters among them is refused below.
  const doc = parseDocument(input.text, {
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: 'error',
  });
  const first = doc.errors[0];
  if (first) {
    const [where] = positionsOf(input.text, [first.pos[0]]);
    throw new InputError(
      messages.notYaml(placed(input.name, where), oneLine(first.message)),
      where,
    );
  }
  // A key that is a list or a map (`? [a, b]`) becomes the text "[ a, b ]" in a plain object:
  // a silent rewrite, so it is refused, where it stands.
  let complexKey: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (!isCollection(pair.key)) return undefined;
      complexKey = pair.key.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  if (complexKey !== undefined) {
    const [where] = positionsOf(input.text, [complexKey]);
    throw new InputError(messages.complexKey(placed(input.name, where)), where);
  }
  try {
    return {
      value: doc.toJS({ maxAliasCount: MAX_ALIASES }),
      place: yamlPlacer(input.text, doc.contents),
    };
  } catch (error) {
    const reason = error instanceof Error ? oneLine(error.message) : String(error);
    throw new InputError(messages.notYaml(input.name, reason));
  }
}

const placed = (name: string, at: Position | undefined): string =>
  at === undefined ? name : `${name}:${at.line}:${at.column}`;

/**
 * Parses a dossier's text as JSON or YAML (see {@link detectFormat}).
 *
 * @param input - the input's name and text
 * @returns the value, the format, and a placer for paths in the source
 * @throws {InputError} when the text is empty, not valid JSON or YAML, or JSON with a
 *   duplicate key; the message gives `name:line:column` when the parser says where
 * @example
 * ```ts
 * parseDocumentText({ name: 'a.json', stdin: false, text: '{"schemaVersion":"0.1"}' }).value;
 * // => { schemaVersion: '0.1' }
 * ```
 */
export function parseDocumentText(input: TextInput): ParsedDocument {
  if (input.text.trim() === '') throw new InputError(messages.emptyDocument(input.name));
  const format = detectFormat(input);
  if (format === 'yaml') return { format, ...parseYaml(input) };
  return { format, value: parseJson(input), place: jsonPlacer(input.text) };
}
