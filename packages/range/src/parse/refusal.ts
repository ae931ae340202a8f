import type { TokenStream } from './token-stream';

/**
 * A phrase the parser can see but will not read, because any reading would be a guess: a
 * period the unit system does not model ("per decade"), a number too large or too small
 * for a double, digits grouped neither the Western nor the Indian way, a "±" with no
 * readable spread. Thrown inside the grammar and caught where phrases are scanned:
 * `parseRange` turns it into a `RangeParseError`, `extractRanges` skips the phrase.
 */
export class Refusal {
  /**
   * @param message - what could not be read, where, and what would be readable
   * @param offset - where in the input (UTF-16 code units)
   * @param next - index of the token after the refused part, where scanning resumes
   */
  constructor(
    readonly message: string,
    readonly offset: number,
    readonly next: number,
  ) {}
}

/**
 * One refusal that lives as long as this module, for the same reason as `SHAPE_KEEPER` in
 * `token-stream.ts`: between two calls no refusal is alive, and a full garbage collection
 * would free the shape and throw away the optimised scan that makes and catches them.
 */
export const REFUSAL_SHAPE_KEEPER: Refusal = new Refusal('', 0, 0);

/**
 * Refuses the tokens from `from` up to `end`, quoting them: the message is given the input,
 * their text and its offset.
 */
export function refuse(
  stream: TokenStream,
  from: number,
  end: number,
  message: (input: string, text: string, offset: number) => string,
): never {
  const at = stream.at(from).start;
  const text = stream.input.slice(at, stream.at(end - 1).end);
  throw new Refusal(message(stream.input, text, at), at, end);
}
