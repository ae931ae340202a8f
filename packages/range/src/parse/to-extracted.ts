import type { Range } from '../range';
import { buildRange } from './build-range';
import type { ExtractedRange } from './extracted-range';
import type { ResolvedOptions } from './options';
import type { Reading } from './reading';
import type { TokenStream } from './token-stream';

/**
 * Turns a reading into the public result, with offsets into the input. Returns undefined
 * when the reading does not make a valid range (never expected; a guard, not a path).
 *
 * @param reading - what the phrase said
 * @param stream - the tokens, for offsets
 * @param options - resolved options
 * @returns the extracted range
 */
export function toExtracted(
  reading: Reading,
  stream: TokenStream,
  options: ResolvedOptions,
): ExtractedRange | undefined {
  const start = stream.at(reading.first).start;
  const end = stream.at(reading.next - 1).end;
  return placed(reading, start, end, stream.input.slice(start, end), options);
}

/**
 * A result read again with a completed reading, at the same place in the text: the first
 * figure of a revision, once the second has shown the unit the two share.
 *
 * @param reading - the completed reading
 * @param earlier - the result it replaces
 * @param options - the caller's options
 * @returns the new result, or undefined when the completed reading makes no range
 */
export function rebuild(
  reading: Reading,
  earlier: ExtractedRange,
  options: ResolvedOptions,
): ExtractedRange | undefined {
  return placed(reading, earlier.start, earlier.end, earlier.text, options);
}

function placed(
  reading: Reading,
  start: number,
  end: number,
  text: string,
  options: ResolvedOptions,
): ExtractedRange | undefined {
  let built: ExtractedRange['range'];
  try {
    built = buildRange(reading, options);
  } catch {
    return undefined;
  }
  return result(built, start, end, text, reading.nounText, reading.base, reading.revision);
}

/**
 * A result with its optional fields set only when present, so `'noun' in found` is honest.
 *
 * @param range - the range read
 * @param start - offset of the phrase in the input
 * @param end - offset after the phrase
 * @param text - the phrase as written
 * @param noun - the counted noun as written, if any
 * @param base - what a share is of, if any
 * @param revision - which side of a revision, if any
 * @returns the result
 */
export function result(
  range: Range,
  start: number,
  end: number,
  text: string,
  noun: string | undefined,
  base: string | undefined,
  revision: 'from' | 'to' | undefined,
): ExtractedRange {
  const found: { -readonly [K in keyof ExtractedRange]: ExtractedRange[K] } = {
    range,
    start,
    end,
    text,
  };
  if (noun !== undefined) found.noun = noun;
  if (base !== undefined) found.context = { base };
  if (revision !== undefined) found.revision = revision;
  return found;
}
