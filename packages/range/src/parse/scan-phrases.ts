import { readPhrase } from './read-phrase';
import type { Reading } from './reading';
import { Refusal } from './refusal';
import { canStartAt } from './starters';
import { TokenStream } from './token-stream';

/**
 * How far behind the reader tokens are kept: the grammar looks back at most twenty-four (for
 * a verb of revision earlier in the clause).
 */
const KEEP_BEHIND = 32;

/**
 * Reads every phrase in `input`, left to right, without overlaps: after a phrase, reading
 * resumes at its end; elsewhere, at the next token. Each start reads a bounded number of
 * tokens, so the whole scan is linear in the input's length.
 *
 * A phrase the grammar refuses (see {@link Refusal}) is reported to `refuse`, with the index
 * of the token it started at, and reading resumes after the refused part.
 *
 * @param input - the text
 * @param currencyHint - the caller's `currencyHint` option
 * @param visit - called with each reading and the stream (for offsets)
 * @param refuse - called with each refusal
 */
export function scanPhrases(
  input: string,
  currencyHint: string | undefined,
  visit: (reading: Reading, stream: TokenStream) => void,
  refuse: (refusal: Refusal, stream: TokenStream, start: number) => void,
): void {
  const stream = new TokenStream(input, currencyHint);
  let i = 0;
  for (;;) {
    const token = stream.at(i);
    if (token.kind === 'end') break;
    let reading: Reading | undefined;
    try {
      reading = canStartAt(stream, i) ? readPhrase(stream, i) : undefined;
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refuse(error, stream, i);
      i = Math.max(i + 1, error.next);
      stream.release(i - KEEP_BEHIND);
      continue;
    }
    if (reading) {
      visit(reading, stream);
      i = reading.resume;
    } else {
      i += 1;
    }
    stream.release(i - KEEP_BEHIND);
  }
}
