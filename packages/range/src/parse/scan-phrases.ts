import { readPhrase } from './read-phrase';
import type { Reading } from './reading';
import { canStart } from './starters';
import { TokenStream } from './token-stream';

/** How far behind the reader tokens are kept: the grammar looks back at most three. */
const KEEP_BEHIND = 8;

/**
 * Reads every phrase in `input`, left to right, without overlaps: after a phrase, reading
 * resumes at its end; elsewhere, at the next token. Each start reads a bounded number of
 * tokens, so the whole scan is linear in the input's length.
 *
 * @param input - the text
 * @param visit - called with each reading and the stream (for offsets)
 */
export function scanPhrases(
  input: string,
  visit: (reading: Reading, stream: TokenStream) => void,
): void {
  const stream = new TokenStream(input);
  let i = 0;
  for (;;) {
    const token = stream.at(i);
    if (token.kind === 'end') break;
    const reading = canStart(token) ? readPhrase(stream, i) : undefined;
    if (reading) {
      visit(reading, stream);
      i = reading.next;
    } else {
      i += 1;
    }
    stream.release(i - KEEP_BEHIND);
  }
}
