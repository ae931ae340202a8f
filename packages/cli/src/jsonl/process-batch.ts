import { extractRanges, ReckonError } from '@reckon/range';
import { escapeTerminal, leftRawByJson } from '../text/terminal-text';
import { jsonlMessages as m } from './messages';
import { rangeJsonText } from './range-json-text';
import { Utf8Sink } from './utf8-sink';

/** How records are read: which fields hold the id and the text, and what a bare `$` means. */
export interface RecordFields {
  readonly idField: string;
  readonly textField: string;
  readonly dollar?: string | undefined;
}

/** Whole lines of NDJSON, as bytes, and the number of the first of them (1-based). */
export interface Batch extends RecordFields {
  readonly bytes: Uint8Array;
  readonly firstLine: number;
}

/** What a batch gave: the hit lines to write, the malformed records, and counts. */
export interface BatchResult {
  /**
   * NDJSON as UTF-8, one line per hit, in input order: `{ id, start, end, text, range }`.
   * Bytes, because standard output takes them as they are and they cross from a worker as
   * one copy of memory outside the JavaScript heap.
   */
  readonly out: Uint8Array;
  /** One `{ line, error }` object per malformed record, in input order. */
  readonly errors: readonly { readonly line: number; readonly error: string }[];
  readonly records: number;
  readonly hits: number;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const NEWLINE = 0x0a;

/**
 * Calls `visit` with each line of a batch and its index; a line that is not UTF-8 is
 * `undefined`, to be reported. The common case decodes the whole batch in one call and cuts
 * each line only when its turn comes, so no array of every line stays alive while the parser
 * allocates (a smaller live set makes each young-generation collection cheaper). A batch ends
 * with a newline, which leaves no line after it.
 */
function eachLine(bytes: Uint8Array, visit: (line: string | undefined, index: number) => void) {
  let all: string | undefined;
  try {
    all = strict.decode(bytes);
  } catch {
    all = undefined;
  }
  let index = 0;
  let start = 0;
  if (all !== undefined) {
    while (start < all.length) {
      const end = all.indexOf('\n', start);
      visit(all.slice(start, end === -1 ? all.length : end), index++);
      if (end === -1) return;
      start = end + 1;
    }
    return;
  }
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    const line = bytes.subarray(start, end === -1 ? bytes.length : end);
    let text: string | undefined;
    try {
      text = strict.decode(line);
    } catch {
      text = undefined;
    }
    visit(text, index++);
    if (end === -1) return;
    start = end + 1;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type ExtractOptions = Parameters<typeof extractRanges>[1];

/** How many hit lines a record gave, or why it is not a record. */
type RecordOutcome = { readonly hits: number } | { readonly error: string };

/** Reads one record and appends its hit lines to `out`. */
function readRecord(
  line: string,
  fields: RecordFields,
  options: ExtractOptions,
  out: Utf8Sink,
): RecordOutcome {
  const { idField, textField } = fields;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { error: m.notJson((error as Error).message) };
  }
  if (!isRecord(record)) return { error: m.notObject };
  const id = record[idField];
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return { error: m.badId(idField) };
  }
  const text = record[textField];
  if (typeof text !== 'string') return { error: m.badText(textField) };
  let found: ReturnType<typeof extractRanges>;
  try {
    found = extractRanges(text, options);
  } catch (error) {
    if (!(error instanceof ReckonError)) throw error;
    return { error: m.refused(error.message) };
  }
  // What JSON.stringify({ id, start, end, text, range }) writes, without building an object
  // per hit: the id is a string or a finite number, the offsets whole numbers. JSON.stringify
  // leaves C1 and bidi controls raw. Every string in a line is the id, a piece of the text or
  // a name the parser gives from the text's words and its own tables (a unit, a qualifier),
  // so a record whose text and id hold no such control writes none.
  const unsafe = leftRawByJson(text) || (typeof id === 'string' && leftRawByJson(id));
  const head = `{"id":${JSON.stringify(id)},"start":`;
  for (const hit of found) {
    const phrase = JSON.stringify(hit.text);
    const range = rangeJsonText(hit.range);
    const hitLine = `${head}${hit.start},"end":${hit.end},"text":${phrase},"range":${range}}\n`;
    out.append(unsafe ? escapeTerminal(hitLine, '\n') : hitLine);
  }
  return { hits: found.length };
}

/**
 * Extracts the quantity phrases of every record in a batch of NDJSON lines. Blank lines are
 * skipped; a line that is not a record (bad JSON, no id, no text, not UTF-8) is reported with
 * its number and never stops the rest. Pure and synchronous, so it runs the same in the main
 * thread (`--jobs 1`) and in a worker.
 *
 * @param batch - whole lines as bytes, the number of the first, and the fields to read
 * @returns the hit lines, the malformed records and the counts
 * @throws {UnknownCurrencyError} when `dollar` is not an ISO 4217 code (checked up front by
 *   the command, so never mid-stream)
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('{"id":"a","text":"about 3,000 people"}\n');
 * const result = processBatch({ bytes, firstLine: 1, idField: 'id', textField: 'text' });
 * result.hits; // => 1
 * JSON.parse(new TextDecoder().decode(result.out)).range.unit; // => 'people'
 * ```
 */
export function processBatch(batch: Batch): BatchResult {
  const options = batch.dollar === undefined ? undefined : { dollar: batch.dollar };
  // Hit lines usually take more bytes than their records: start at twice the batch.
  const out = new Utf8Sink(2 * batch.bytes.length);
  const errors: { line: number; error: string }[] = [];
  let records = 0;
  let hits = 0;
  eachLine(batch.bytes, (line, index) => {
    const lineNumber = batch.firstLine + index;
    if (line === undefined) {
      errors.push({ line: lineNumber, error: m.notUtf8 });
      return;
    }
    // Blank lines (and a Windows line end) separate nothing and are no record.
    if (line.trim() === '') return;
    records++;
    const outcome = readRecord(line, batch, options, out);
    if ('error' in outcome) {
      errors.push({ line: lineNumber, error: outcome.error });
      return;
    }
    hits += outcome.hits;
  });
  return { out: out.take(), errors, records, hits };
}
