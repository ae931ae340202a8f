import { scanToken } from './scan-token';
import { endToken, type Token } from './token';

/**
 * Tokens of an input, scanned on demand and forgotten once behind the reader. The grammar
 * looks a bounded number of tokens ahead of where a phrase starts and a few behind it, so
 * the buffer stays small on inputs of any size.
 */
export class TokenStream {
  readonly input: string;
  /** The caller's `currencyHint`: which currency a local letter prefix names. */
  readonly currencyHint: string | undefined;
  private buffer: Token[] = [];
  /** Absolute index of `buffer[0]`. */
  private base = 0;
  private scanFrom = 0;
  private done = false;
  private readonly end: Token;
  private readonly before: Token;

  constructor(input: string, currencyHint?: string) {
    this.input = input;
    this.currencyHint = currencyHint;
    this.end = endToken(input.length);
    this.before = endToken(0);
  }

  /**
   * The token at absolute index `i`; the end token past the input (and before it: a
   * reader looking behind the start sees "nothing there").
   */
  at(i: number): Token {
    // The grammar calls this some nine times per token. Kept this small, the engine copies
    // it into every caller; a token not yet scanned, or out of the input, takes the call.
    const j = i - this.base;
    if (j >= 0 && j < this.buffer.length) return this.buffer[j] as Token;
    return this.scanTo(i);
  }

  /** `at` for a token behind the buffer, past the input, or not scanned yet. */
  private scanTo(i: number): Token {
    if (i < this.base) return this.before;
    while (i - this.base >= this.buffer.length && !this.done) this.fill();
    return this.buffer[i - this.base] ?? this.end;
  }

  /** Lets the stream drop tokens before absolute index `i`. */
  release(i: number): void {
    const drop = i - this.base;
    // Drop in batches so the splice cost is amortised to O(1) per token.
    if (drop >= 1024) {
      this.buffer.splice(0, drop);
      this.base = i;
    }
  }

  private fill(): void {
    const token = scanToken(this.input, this.scanFrom);
    if (token.kind === 'end') {
      this.done = true;
      return;
    }
    this.buffer.push(token);
    this.scanFrom = token.end;
  }
}

/**
 * One stream that lives as long as this module. The engine's optimised code for every reader
 * that inlines `at` is specialised to the shape of a stream, and the engine keeps a shape only
 * while some object has it: when no stream is alive (between two calls) a full garbage
 * collection frees the shape and throws all that code away, about forty functions, to be
 * compiled again on the next calls. A stream that stays alive keeps the shape, and the code.
 */
export const SHAPE_KEEPER: TokenStream = new TokenStream('');
