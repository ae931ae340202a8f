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
  let built: ExtractedRange['range'];
  try {
    built = buildRange(reading, options);
  } catch {
    return undefined;
  }
  const start = stream.at(reading.first).start;
  const end = stream.at(reading.next - 1).end;
  const found: { -readonly [K in keyof ExtractedRange]: ExtractedRange[K] } = {
    range: built,
    start,
    end,
    text: stream.input.slice(start, end),
  };
  if (reading.nounText !== undefined) found.noun = reading.nounText;
  if (reading.base !== undefined) found.context = { base: reading.base };
  if (reading.revision !== undefined) found.revision = reading.revision;
  return found;
}
