import type { Core } from './core';
import type { Quantity } from './quantity';

/**
 * How "X to Y" reads after a change ("fell", "cut by") or a bare "by" ("reduced by"):
 *
 * - `'range'`: a range of change, "dropped 3 to 5 percent", "cut by $2 to $3 billion". The low
 *   end borrows its unit or scale from the high end, which only the ends of one range do.
 * - `'two'`: the change and the new level, "fell 7,750 to 297,000": the level is over ten
 *   times the change, too far apart for the ends of one range.
 * - `'unclear'`: "trimmed by $500 million to $1.2 billion", "fell 5% to 10%". Each figure is
 *   written whole and they lie within ten times of each other, so the words allow both
 *   readings, and the parser does not guess.
 *
 * @param low - the first figure, X
 * @param high - the second figure, Y
 * @param both - the range the two would make
 * @returns which reading the words give
 */
export function changeThenLevel(
  low: Quantity,
  high: Quantity,
  both: Core,
): 'range' | 'two' | 'unclear' {
  if (!(both.low > 0 && both.high <= 10 * both.low)) return 'two';
  const ownUnit = low.currency !== undefined || low.ratio !== undefined;
  const ownScale = low.amount.scaled || !high.amount.scaled;
  return ownUnit && ownScale ? 'unclear' : 'range';
}
