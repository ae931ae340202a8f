import { extractRanges, ReckonError, rangeToJSON } from '@reckon/range';
import { jsonlMessages as m } from './messages';

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
  /** NDJSON, one line per hit, in input order: `{ id, start, end, text, range }`. */
  readonly out: string;
  /** One `{ line, error }` object per malformed record, in input order. */
  readonly errors: readonly { readonly line: number; readonly error: string }[];
  readonly records: number;
  readonly hits: number;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const NEWLINE = 0x0a;

/** The lines of a batch as text; a line that is not UTF-8 is `undefined`, to be reported. */
function decodeLines(bytes: Uint8Array): (string | undefined)[] {
  try {
    // The common case: the whole batch is UTF-8, decoded in one call.
    return strict.decode(bytes).split('\n');
  } catch {
    const lines: (string | undefined)[] = [];
    let start = 0;
    for (;;) {
      const end = bytes.indexOf(NEWLINE, start);
      const line = bytes.subarray(start, end === -1 ? bytes.length : end);
      try {
        lines.push(strict.decode(line));
      } catch {
        lines.push(undefined);
      }
      if (end === -1) return lines;
      start = end + 1;
    }
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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
 * JSON.parse(result.out).range.unit; // => 'people'
 * ```
 */
export function processBatch(batch: Batch): BatchResult {
  const { idField, textField, dollar } = batch;
  const options = dollar === undefined ? undefined : { dollar };
  const lines = decodeLines(batch.bytes);
  // A batch ends with a newline, which leaves one empty string after the last line.
  if (lines.at(-1) === '') lines.pop();
  let out = '';
  const errors: { line: number; error: string }[] = [];
  let records = 0;
  let hits = 0;
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = batch.firstLine + i;
    const line = lines[i];
    if (line === undefined) {
      errors.push({ line: lineNumber, error: m.notUtf8 });
      continue;
    }
    // Blank lines (and a Windows line end) separate nothing and are no record.
    if (line.trim() === '') continue;
    records++;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      errors.push({ line: lineNumber, error: m.notJson((error as Error).message) });
      continue;
    }
    if (!isRecord(record)) {
      errors.push({ line: lineNumber, error: m.notObject });
      continue;
    }
    const id = record[idField];
    if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
      errors.push({ line: lineNumber, error: m.badId(idField) });
      continue;
    }
    const text = record[textField];
    if (typeof text !== 'string') {
      errors.push({ line: lineNumber, error: m.badText(textField) });
      continue;
    }
    let found: ReturnType<typeof extractRanges>;
    try {
      found = extractRanges(text, options);
    } catch (error) {
      if (!(error instanceof ReckonError)) throw error;
      errors.push({ line: lineNumber, error: m.refused(error.message) });
      continue;
    }
    for (const hit of found) {
      const { start, end } = hit;
      out += `${JSON.stringify({ id, start, end, text: hit.text, range: rangeToJSON(hit.range) })}\n`;
    }
    hits += found.length;
  }
  return { out, errors, records, hits };
}
