import { amountValue } from './amount';
import type { Core } from './core';
import { buildTrie, matchLongest } from './lexicon/trie';
import { readCore } from './read-core';
import { readIntervalLead } from './read-interval';
import { readQuantity } from './read-quantity';
import type { TokenStream } from './token-stream';

/** What a range stands for, as a parenthetical after it says. */
export type NoteMeaning =
  | { readonly kind: 'interval'; readonly level: number }
  | { readonly kind: 'scenarios' }
  | { readonly kind: 'plus-minus' };

/** Parenthetical notes after a phrase: `(central $15 million)`, `(90% interval)`. */
export interface Notes {
  readonly next: number;
  readonly central:
    | {
        readonly value: number;
        readonly currency: string | undefined;
        readonly ratio: string | undefined;
      }
    | undefined;
  readonly meaning: NoteMeaning | undefined;
  /**
   * The ends of a stated interval around the figure: "2.3 (95% CI 1.4 to 3.8)" has the
   * ends 1.4 and 3.8, with `meaning` the 95% interval.
   */
  readonly interval: Core | undefined;
}

/** No notes at `next`. */
export const noNotes = (next: number): Notes => ({
  next,
  central: undefined,
  meaning: undefined,
  interval: undefined,
});

const OTHER_MEANINGS = buildTrie<NoteMeaning>([
  ['scenarios', { kind: 'scenarios' }],
  ['low and high scenarios', { kind: 'scenarios' }],
  ['plus-minus', { kind: 'plus-minus' }],
]);

/** At most this many notes follow a phrase, so reading them stays bounded. */
const MAX_NOTES = 2;

/**
 * Reads up to two parenthetical notes at token `j`: a central value
 * (`(central $15 million)`) and a meaning (`(90% interval)`, `(95% CI)`, `(scenarios)`,
 * `(plus-minus)`), the last perhaps with the interval's ends (`(95% CI 1.4 to 3.8)`,
 * `(95% CI: 1.4-3.8)`). Anything else in parentheses is left alone.
 *
 * @param stream - the tokens
 * @param j - index of the token after the phrase
 * @returns what the notes say and where they end
 */
export function readNotes(stream: TokenStream, j: number): Notes {
  let next = j;
  let central: Notes['central'];
  let meaning: NoteMeaning | undefined;
  let interval: Core | undefined;
  for (let n = 0; n < MAX_NOTES && stream.at(next).text === '('; n++) {
    const inside = next + 1;
    const head = stream.at(inside);
    if (head.lower === 'central' && central === undefined) {
      const q = readQuantity(stream, inside + 1, {
        allowAnd: true,
        atStart: false,
        allowSign: true,
      });
      if (!q || stream.at(q.next).text !== ')') break;
      central = { value: amountValue(q.amount), currency: q.currency, ratio: q.ratio };
      next = q.next + 1;
      continue;
    }
    if (meaning !== undefined) break;
    if (head.kind === 'number') {
      const lead = readIntervalLead(stream, inside);
      if (!lead) break;
      const ends = stream.at(lead.next).text === ')' ? undefined : readEnds(stream, lead.next);
      if (stream.at(ends?.next ?? lead.next).text !== ')') break;
      meaning = { kind: 'interval', level: lead.level };
      interval = ends;
      next = (ends?.next ?? lead.next) + 1;
      continue;
    }
    const other = matchLongest(stream, inside, OTHER_MEANINGS);
    if (!other || stream.at(inside + other.length).text !== ')') break;
    meaning = other.value;
    next = inside + other.length + 1;
  }
  return { next, central, meaning, interval };
}

/** The two ends of an interval inside its note: "1.4 to 3.8", "0.61-0.85". */
function readEnds(stream: TokenStream, k: number): Core | undefined {
  const ends = readCore(stream, k, { atStart: false, single: false });
  return ends?.kind === 'range' ? ends : undefined;
}
