import type { Core } from './core';
import { BOUND_JOINERS, COMPARATIVE_BEFORE, type Comparative } from './lexicon/qualifiers';
import { matchLongest } from './lexicon/trie';
import { readCore } from './read-core';
import type { TokenStream } from './token-stream';

/** A range stated as two bounds: "above 1000 and below 1500". */
export interface SecondBound {
  readonly lower: Core;
  readonly upper: Core;
  readonly lowerCmp: Comparative;
  readonly upperCmp: Comparative;
  /** The core read last, where the phrase continues. */
  readonly core: Core;
}

const LOWER: ReadonlySet<Comparative> = new Set(['more-than', 'at-least']);
const UPPER: ReadonlySet<Comparative> = new Set(['less-than', 'at-most']);

/**
 * After a one-sided bound, the other side joined by "and", "but" or a comma: "above 1000
 * and below 1500", "no more than 50 and no less than 20", "larger than twenty and less or
 * equal than thirty five".
 *
 * @param stream - the tokens
 * @param j - index of the token after the first bound's quantity
 * @param cmp - the first bound's comparative
 * @param first - the first bound's quantity
 * @returns both bounds, or undefined when no second bound follows
 */
export function readSecondBound(
  stream: TokenStream,
  j: number,
  cmp: Comparative,
  first: Core,
): SecondBound | undefined {
  if (first.kind !== 'single' || (!LOWER.has(cmp) && !UPPER.has(cmp))) return undefined;
  const joiner = matchLongest(stream, j, BOUND_JOINERS);
  if (!joiner) return undefined;
  const second = matchLongest(stream, j + joiner.length, COMPARATIVE_BEFORE);
  if (!second) return undefined;
  const secondCmp = second.value;
  if (LOWER.has(cmp) ? !UPPER.has(secondCmp) : !LOWER.has(secondCmp)) return undefined;
  const core = readCore(stream, j + joiner.length + second.length, { atStart: false });
  if (core?.kind !== 'single') return undefined;
  if (first.currency && core.currency && first.currency !== core.currency) return undefined;
  if (first.ratio && core.ratio && first.ratio !== core.ratio) return undefined;
  return LOWER.has(cmp)
    ? { lower: first, upper: core, lowerCmp: cmp, upperCmp: secondCmp, core }
    : { lower: core, upper: first, lowerCmp: secondCmp, upperCmp: cmp, core };
}
